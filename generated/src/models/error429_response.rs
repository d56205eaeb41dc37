//! `Error429Response`, from `v3/responses/429.yaml#/content/application~1json/schema`.

/// `Error429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Error429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Error429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Error429Response {
            message: None,
            additional_properties: Default::default(),
        }
    }
}
