//! `PasswordOrgConfig`, from `v3/schemas/PasswordOrgConfig.yaml`.

/// `PasswordOrgConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PasswordOrgConfig {
    /// Indicator whether custom password instructions feature is enabled. The default value is false.
    #[serde(
        rename = "customInstructionsEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub custom_instructions_enabled: Option<bool>,
    /// Indicator whether "digit token" feature is enabled. The default value is false.
    #[serde(
        rename = "digitTokenEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub digit_token_enabled: Option<bool>,
    /// The duration of "digit token" in minutes. The default value is 5.
    #[serde(
        rename = "digitTokenDurationMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub digit_token_duration_minutes: Option<i32>,
    /// The length of "digit token". The default value is 6.
    #[serde(
        rename = "digitTokenLength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub digit_token_length: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PasswordOrgConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PasswordOrgConfig {
            custom_instructions_enabled: None,
            digit_token_enabled: None,
            digit_token_duration_minutes: None,
            digit_token_length: None,
            additional_properties: Default::default(),
        }
    }
}
