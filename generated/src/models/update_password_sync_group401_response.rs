//! `UpdatePasswordSyncGroup401Response`, from `v3/paths/password-sync-group.yaml#/put`.
/// `UpdatePasswordSyncGroup401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdatePasswordSyncGroup401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl UpdatePasswordSyncGroup401Response {
    /// A `UpdatePasswordSyncGroup401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        UpdatePasswordSyncGroup401Response {
            error: None,
        }
    }
}
