//! `ImportIdentityProfiles401Response`, from `beta/paths/identity-profiles-import.yaml#/post`.
/// `ImportIdentityProfiles401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportIdentityProfiles401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ImportIdentityProfiles401Response {
    /// A `ImportIdentityProfiles401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ImportIdentityProfiles401Response {
            error: None,
        }
    }
}
