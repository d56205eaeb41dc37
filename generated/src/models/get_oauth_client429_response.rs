//! `GetOauthClient429Response`, from `beta/paths/oauth-client.yaml#/get`.

/// `GetOauthClient429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetOauthClient429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetOauthClient429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetOauthClient429Response {
            message: None,
        }
    }
}
