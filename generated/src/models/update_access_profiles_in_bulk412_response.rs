//! `UpdateAccessProfilesInBulk412Response`, from `beta/paths/access-profile-bulk-update-requestable.yaml#/post`.

/// `UpdateAccessProfilesInBulk412Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateAccessProfilesInBulk412Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateAccessProfilesInBulk412Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateAccessProfilesInBulk412Response {
            message: None,
        }
    }
}
