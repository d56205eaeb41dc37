//! `SyncIdentityProfile429Response`, from `beta/paths/identity-profile-process-identities.yaml#/post`.

/// `SyncIdentityProfile429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SyncIdentityProfile429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SyncIdentityProfile429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SyncIdentityProfile429Response {
            message: None,
        }
    }
}
