//! `V2024Error401Response`, from `v2024/responses/401.yaml#/content/application~1json/schema`.

/// `V2024Error401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V2024Error401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V2024Error401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V2024Error401Response {
            error: None,
            additional_properties: Default::default(),
        }
    }
}
