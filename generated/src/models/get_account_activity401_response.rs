//! `GetAccountActivity401Response`, from `beta/paths/account-activity.yaml#/get`.

/// `GetAccountActivity401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetAccountActivity401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetAccountActivity401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetAccountActivity401Response {
            error: None,
        }
    }
}
