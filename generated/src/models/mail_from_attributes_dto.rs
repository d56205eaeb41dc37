//! `MailFromAttributesDto`, from `beta/schemas/MailFromAttributesDto.yaml`.

/// MAIL FROM attributes for a domain / identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MailFromAttributesDto {
    /// The identity or domain address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity: Option<String>,
    /// The new MAIL FROM domain of the identity. Must be a subdomain of the identity.
    #[serde(
        rename = "mailFromDomain",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub mail_from_domain: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MailFromAttributesDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MailFromAttributesDto {
            identity: None,
            mail_from_domain: None,
            additional_properties: Default::default(),
        }
    }
}
