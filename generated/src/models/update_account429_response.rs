//! `UpdateAccount429Response`, from `beta/paths/account.yaml#/patch`.
/// `UpdateAccount429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateAccount429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl UpdateAccount429Response {
    /// A `UpdateAccount429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        UpdateAccount429Response {
            message: None,
        }
    }
}
