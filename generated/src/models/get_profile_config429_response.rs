//! `GetProfileConfig429Response`, from `beta/paths/auth-profile.yaml#/get`.

/// `GetProfileConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetProfileConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetProfileConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetProfileConfig429Response {
            message: None,
        }
    }
}
