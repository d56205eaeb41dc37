//! `GetPasswordSyncGroups401Response`, from `v3/paths/password-sync-groups.yaml#/get`.

/// `GetPasswordSyncGroups401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPasswordSyncGroups401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetPasswordSyncGroups401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetPasswordSyncGroups401Response {
            error: None,
        }
    }
}
