//! `DomainStatusDto`, from `beta/schemas/DomainStatusDto.yaml`.

/// Domain status DTO containing everything required to verify via DKIM
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DomainStatusDto {
    /// New UUID associated with domain to be verified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// A domain address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub domain: Option<String>,
    /// DKIM is enabled for this domain
    #[serde(
        rename = "dkimEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub dkim_enabled: Option<bool>,
    /// DKIM tokens required for authentication
    #[serde(rename = "dkimTokens", default, skip_serializing_if = "Option::is_none")]
    pub dkim_tokens: Option<Vec<String>>,
    /// Status of DKIM authentication
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

impl DomainStatusDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DomainStatusDto {
            id: None,
            domain: None,
            dkim_enabled: None,
            dkim_tokens: None,
            dkim_verification_status: None,
            region: None,
            additional_properties: Default::default(),
        }
    }
}
