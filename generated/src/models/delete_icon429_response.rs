//! `DeleteIcon429Response`, from `beta/paths/icon.yaml#/delete`.
/// `DeleteIcon429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteIcon429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl DeleteIcon429Response {
    /// A `DeleteIcon429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        DeleteIcon429Response {
            message: None,
        }
    }
}
