//! `Error412Response`, from `v3/responses/412.yaml#/content/application~1json/schema`.

/// `Error412Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Error412Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Error412Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Error412Response {
            message: None,
            additional_properties: Default::default(),
        }
    }
}
