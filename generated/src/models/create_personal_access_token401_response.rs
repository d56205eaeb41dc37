//! `CreatePersonalAccessToken401Response`, from `beta/paths/personal-access-tokens.yaml#/post`.

/// `CreatePersonalAccessToken401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreatePersonalAccessToken401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CreatePersonalAccessToken401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreatePersonalAccessToken401Response {
            error: None,
        }
    }
}
