//! `GetProfileConfig429Response`, from `beta/paths/auth-profile.yaml#/get`.
/// `GetProfileConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetProfileConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetProfileConfig429Response {
    /// A `GetProfileConfig429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetProfileConfig429Response {
            message: None,
        }
    }
}
