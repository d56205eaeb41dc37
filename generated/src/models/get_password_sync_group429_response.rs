//! `GetPasswordSyncGroup429Response`, from `v3/paths/password-sync-group.yaml#/get`.

/// `GetPasswordSyncGroup429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordSyncGroup429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPasswordSyncGroup429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordSyncGroup429Response {
            message: None,
        }
    }
}
