//! `DeleteAccessProfilesInBulk429Response`, from `beta/paths/access-profile-bulk-delete.yaml#/post`.

/// `DeleteAccessProfilesInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteAccessProfilesInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteAccessProfilesInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteAccessProfilesInBulk429Response {
            message: None,
        }
    }
}
