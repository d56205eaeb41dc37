//! `HttpConfig`, from `beta/schemas/HttpConfig.yaml`.

use crate::models::{
    BasicAuthConfig, BearerTokenAuthConfig, HttpAuthenticationType, HttpDispatchMode,
};

/// `HttpConfig` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HttpConfig {
    /// URL of the external/custom integration.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub url: String,
    #[serde(rename = "httpDispatchMode")]
    pub http_dispatch_mode: HttpDispatchMode,
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
}

impl HttpConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(url: impl Into<String>, http_dispatch_mode: HttpDispatchMode) -> Self {
        HttpConfig {
            url: url.into(),
            http_dispatch_mode,
            http_authentication_type: None,
            basic_auth_config: None,
            bearer_token_auth_config: None,
        }
    }
}
