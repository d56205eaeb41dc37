//! `MailFromAttributes`, from `beta/schemas/MailFromAttributes.yaml`.

use crate::models::MailFromAttributesMailFromDomainStatus;

/// MAIL FROM attributes for a domain / identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MailFromAttributes {
    /// The email identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity: Option<String>,
    /// The name of a domain that an email identity uses as a custom MAIL FROM domain
    #[serde(
        rename = "mailFromDomain",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub mail_from_domain: Option<String>,
    /// MX record that is required in customer's DNS to allow the domain to receive bounce and complaint notifications that email providers send you
    #[serde(
        rename = "mxRecord",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub mx_record: Option<String>,
    /// TXT record that is required in customer's DNS in order to prove that Amazon SES is authorized to send email from your domain
    #[serde(
        rename = "txtRecord",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub txt_record: Option<String>,
    /// The current status of the MAIL FROM verification
    #[serde(
        rename = "mailFromDomainStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mail_from_domain_status: Option<MailFromAttributesMailFromDomainStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MailFromAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MailFromAttributes {
            identity: None,
            mail_from_domain: None,
            mx_record: None,
            txt_record: None,
            mail_from_domain_status: None,
            additional_properties: Default::default(),
        }
    }
}
