//! `Mailfromattributes`, from `apis/notifications/schemas/mailfromattributes.yaml`.

use crate::models::MailfromattributesMailFromDomainStatus;

/// MAIL FROM attributes for a domain / identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Mailfromattributes {
    /// The email identity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// The name of a domain that an email identity uses as a custom MAIL FROM domain
    #[serde(rename = "mailFromDomain", skip_serializing_if = "Option::is_none")]
    pub mail_from_domain: Option<String>,
    /// MX record that is required in customer's DNS to allow the domain to receive bounce and complaint notifications that email providers send you
    #[serde(rename = "mxRecord", skip_serializing_if = "Option::is_none")]
    pub mx_record: Option<String>,
    /// TXT record that is required in customer's DNS in order to prove that Amazon SES is authorized to send email from your domain
    #[serde(rename = "txtRecord", skip_serializing_if = "Option::is_none")]
    pub txt_record: Option<String>,
    /// The current status of the MAIL FROM verification
    #[serde(rename = "mailFromDomainStatus", skip_serializing_if = "Option::is_none")]
    pub mail_from_domain_status: Option<MailfromattributesMailFromDomainStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Mailfromattributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Mailfromattributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Mailfromattributes {
    const NAME: &'static str = "Mailfromattributes";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identity" => {
                self.identity = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "mailFromDomain" => {
                self.mail_from_domain = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "mxRecord" => {
                self.mx_record = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "txtRecord" => {
                self.txt_record = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "mailFromDomainStatus" => self.mail_from_domain_status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
