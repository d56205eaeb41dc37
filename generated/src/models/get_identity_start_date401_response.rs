//! `GetIdentityStartDate401Response`, from `beta/paths/historical-identity-start-date.yaml#/get`.

/// `GetIdentityStartDate401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetIdentityStartDate401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetIdentityStartDate401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetIdentityStartDate401Response {
            error: None,
        }
    }
}
