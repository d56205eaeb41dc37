//! `GetPasswordSyncGroups429Response`, from `v3/paths/password-sync-groups.yaml#/get`.

/// `GetPasswordSyncGroups429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordSyncGroups429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetPasswordSyncGroups429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordSyncGroups429Response {
            message: None,
        }
    }
}
