//! `DeleteSearchAttributeConfig429Response`, from `beta/paths/searchAttributeConfig-get-patch-delete.yaml#/delete`.

/// `DeleteSearchAttributeConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteSearchAttributeConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteSearchAttributeConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteSearchAttributeConfig429Response {
            message: None,
        }
    }
}
