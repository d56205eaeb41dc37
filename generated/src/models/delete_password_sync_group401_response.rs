//! `DeletePasswordSyncGroup401Response`, from `v3/paths/password-sync-group.yaml#/delete`.

/// `DeletePasswordSyncGroup401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeletePasswordSyncGroup401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeletePasswordSyncGroup401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeletePasswordSyncGroup401Response {
            error: None,
        }
    }
}
