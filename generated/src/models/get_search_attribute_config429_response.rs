//! `GetSearchAttributeConfig429Response`, from `beta/paths/searchAttributeConfig.yaml#/get`.

/// `GetSearchAttributeConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSearchAttributeConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSearchAttributeConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSearchAttributeConfig429Response {
            message: None,
        }
    }
}
