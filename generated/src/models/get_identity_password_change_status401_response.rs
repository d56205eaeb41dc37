//! `GetIdentityPasswordChangeStatus401Response`, from `beta/paths/password-change-status.yaml#/get`.

/// `GetIdentityPasswordChangeStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetIdentityPasswordChangeStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetIdentityPasswordChangeStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetIdentityPasswordChangeStatus401Response {
            error: None,
        }
    }
}
