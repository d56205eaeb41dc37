//! `UpdateAccessProfilesInBulk401Response`, from `beta/paths/access-profile-bulk-update-requestable.yaml#/post`.
/// `UpdateAccessProfilesInBulk401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateAccessProfilesInBulk401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl UpdateAccessProfilesInBulk401Response {
    /// A `UpdateAccessProfilesInBulk401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        UpdateAccessProfilesInBulk401Response {
            error: None,
        }
    }
}
