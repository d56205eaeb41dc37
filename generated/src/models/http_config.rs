//! `HttpConfig`, from `beta/schemas/HttpConfig.yaml`.

use crate::models::{
    BasicAuthConfig, BearerTokenAuthConfig, HttpAuthenticationType, HttpDispatchMode,
};

/// `HttpConfig` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct HttpConfig {
    /// URL of the external/custom integration.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub url: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "httpDispatchMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_dispatch_mode: Option<HttpDispatchMode>,
    #[serde(
        rename = "httpAuthenticationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_authentication_type: Option<HttpAuthenticationType>,
    #[serde(
        rename = "basicAuthConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub basic_auth_config: Option<BasicAuthConfig>,
    #[serde(
        rename = "bearerTokenAuthConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bearer_token_auth_config: Option<BearerTokenAuthConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl HttpConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(url: impl Into<String>, http_dispatch_mode: HttpDispatchMode) -> Self {
        HttpConfig {
            url: url.into(),
            http_dispatch_mode: Some(http_dispatch_mode),
            http_authentication_type: None,
            basic_auth_config: None,
            bearer_token_auth_config: None,
            additional_properties: Default::default(),
        }
    }
}
