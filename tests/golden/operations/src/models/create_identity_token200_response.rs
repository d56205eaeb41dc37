//! `CreateIdentityToken200Response`, from `openapi.yaml#/paths/~1identities~1token/post/responses/200/content/application~1json/schema`.

/// An inline token response.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateIdentityToken200Response {
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
}

impl CreateIdentityToken200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(access_token: impl Into<String>) -> Self {
        CreateIdentityToken200Response {
            access_token: access_token.into(),
            expires_in: None,
        }
    }
}
