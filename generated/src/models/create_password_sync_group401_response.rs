//! `CreatePasswordSyncGroup401Response`, from `v3/paths/password-sync-groups.yaml#/post`.

/// `CreatePasswordSyncGroup401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePasswordSyncGroup401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreatePasswordSyncGroup401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreatePasswordSyncGroup401Response {
            error: None,
        }
    }
}
