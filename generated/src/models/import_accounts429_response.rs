//! `ImportAccounts429Response`, from `beta/paths/load-accounts.yaml#/post`.
/// `ImportAccounts429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportAccounts429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl ImportAccounts429Response {
    /// A `ImportAccounts429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ImportAccounts429Response {
            message: None,
        }
    }
}
