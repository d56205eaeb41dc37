//! `BearerTokenAuthConfig`, from `beta/schemas/BearerTokenAuthConfig.yaml`.

/// Config required if BEARER_TOKEN authentication is used. On response, this field is set to null as to not return secrets.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BearerTokenAuthConfig {
    /// Bearer token
    #[serde(
        rename = "bearerToken",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub bearer_token: Option<String>,
}

impl BearerTokenAuthConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BearerTokenAuthConfig {
            bearer_token: None,
        }
    }
}
