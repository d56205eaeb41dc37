//! `BearerTokenAuthConfig`, from `beta/schemas/BearerTokenAuthConfig.yaml`.

/// Config required if BEARER_TOKEN authentication is used. On response, this field is set to null as to not return secrets.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BearerTokenAuthConfig {
    /// Bearer token
    #[serde(
        rename = "bearerToken",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub bearer_token: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl BearerTokenAuthConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BearerTokenAuthConfig {
            bearer_token: None,
            additional_properties: Default::default(),
        }
    }
}
