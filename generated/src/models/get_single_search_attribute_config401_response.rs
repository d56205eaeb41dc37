//! `GetSingleSearchAttributeConfig401Response`, from `beta/paths/searchAttributeConfig-get-patch-delete.yaml#/get`.

/// `GetSingleSearchAttributeConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSingleSearchAttributeConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSingleSearchAttributeConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSingleSearchAttributeConfig401Response {
            error: None,
        }
    }
}
