//! `CreateIdentityTokenRequest`, from `openapi.yaml#/paths/~1identities~1token/post/requestBody/content/application~1x-www-form-urlencoded/schema`.

/// `CreateIdentityTokenRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateIdentityTokenRequest {
    /// Grant type.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub grant_type: String,
    /// Space-separated scopes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub scope: Option<String>,
}

impl CreateIdentityTokenRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(grant_type: impl Into<String>) -> Self {
        CreateIdentityTokenRequest {
            grant_type: grant_type.into(),
            scope: None,
        }
    }
}
