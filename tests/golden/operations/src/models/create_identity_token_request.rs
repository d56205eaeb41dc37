//! `CreateIdentityTokenRequest`, from `openapi.yaml#/paths/~1identities~1token/post/requestBody/content/application~1x-www-form-urlencoded/schema`.

/// `CreateIdentityTokenRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateIdentityTokenRequest {
    /// Grant type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub grant_type: String,
    /// Space-separated scopes.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub scope: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateIdentityTokenRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(grant_type: impl Into<String>) -> Self {
        CreateIdentityTokenRequest {
            grant_type: grant_type.into(),
            scope: None,
            additional_properties: Default::default(),
        }
    }
}
