//! `GetPasswordSyncGroup401Response`, from `v3/paths/password-sync-group.yaml#/get`.

/// `GetPasswordSyncGroup401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordSyncGroup401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPasswordSyncGroup401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordSyncGroup401Response {
            error: None,
        }
    }
}
