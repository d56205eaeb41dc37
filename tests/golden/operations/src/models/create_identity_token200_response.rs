//! `CreateIdentityToken200Response`, from `openapi.yaml#/paths/~1identities~1token/post/responses/200/content/application~1json/schema`.

/// An inline token response.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CreateIdentityToken200Response {
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub access_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateIdentityToken200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(access_token: impl Into<String>) -> Self {
        CreateIdentityToken200Response {
            access_token: access_token.into(),
            expires_in: None,
            additional_properties: Default::default(),
        }
    }
}
