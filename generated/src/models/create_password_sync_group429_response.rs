//! `CreatePasswordSyncGroup429Response`, from `v3/paths/password-sync-groups.yaml#/post`.

/// `CreatePasswordSyncGroup429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePasswordSyncGroup429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreatePasswordSyncGroup429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreatePasswordSyncGroup429Response {
            message: None,
        }
    }
}
