//! `MfaOktaConfig`, from `v3/schemas/MfaOktaConfig.yaml`.

/// `MfaOktaConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MfaOktaConfig {
    /// Mfa method name
    #[serde(
        rename = "mfaMethod",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub mfa_method: Option<String>,
    /// If MFA method is enabled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// The server host name or IP address of the MFA provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub host: Option<String>,
    /// The secret key for authenticating requests to the MFA provider.
    #[serde(
        rename = "accessKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_key: Option<String>,
    /// Optional. The name of the attribute for mapping IdentityNow identity to the MFA provider.
    #[serde(
        rename = "identityAttribute",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_attribute: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MfaOktaConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MfaOktaConfig {
            mfa_method: None,
            enabled: None,
            host: None,
            access_key: None,
            identity_attribute: None,
            additional_properties: Default::default(),
        }
    }
}
