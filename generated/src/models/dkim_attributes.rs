//! `DkimAttributes`, from `beta/schemas/DkimAttributes.yaml`.

/// DKIM attributes for a domain or identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DkimAttributes {
    /// UUID associated with domain to be verified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The identity or domain address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub address: Option<String>,
    /// Whether or not DKIM has been enabled for this domain / identity
    #[serde(
        rename = "dkimEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub dkim_enabled: Option<bool>,
    /// The tokens to be added to a DNS for verification
    #[serde(rename = "dkimTokens", default, skip_serializing_if = "Option::is_none")]
    pub dkim_tokens: Option<Vec<String>>,
    /// The current status if the domain /identity has been verified. Ie SUCCESS, FAILED, PENDING
    #[serde(
        rename = "dkimVerificationStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub dkim_verification_status: Option<String>,
    /// The AWS SES region the domain is associated with
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub region: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DkimAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DkimAttributes {
            id: None,
            address: None,
            dkim_enabled: None,
            dkim_tokens: None,
            dkim_verification_status: None,
            region: None,
            additional_properties: Default::default(),
        }
    }
}
