//! `BasicAuthConfig`, from `beta/schemas/BasicAuthConfig.yaml`.

/// Config required if BASIC_AUTH is used.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BasicAuthConfig {
    /// The username to authenticate.
    #[serde(
        rename = "userName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub user_name: Option<String>,
    /// The password to authenticate. On response, this field is set to null as to not return secrets.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub password: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl BasicAuthConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BasicAuthConfig {
            user_name: None,
            password: None,
            additional_properties: Default::default(),
        }
    }
}
