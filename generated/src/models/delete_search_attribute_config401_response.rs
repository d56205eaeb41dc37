//! `DeleteSearchAttributeConfig401Response`, from `beta/paths/searchAttributeConfig-get-patch-delete.yaml#/delete`.

/// `DeleteSearchAttributeConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteSearchAttributeConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteSearchAttributeConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteSearchAttributeConfig401Response {
            error: None,
        }
    }
}
