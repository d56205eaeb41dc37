//! `DeleteAccessProfilesInBulk401Response`, from `beta/paths/access-profile-bulk-delete.yaml#/post`.

/// `DeleteAccessProfilesInBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteAccessProfilesInBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteAccessProfilesInBulk401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteAccessProfilesInBulk401Response {
            error: None,
        }
    }
}
