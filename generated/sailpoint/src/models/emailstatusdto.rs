//! `Emailstatusdto`, from `apis/notifications/schemas/emailstatusdto.yaml`.

use crate::models::EmailstatusdtoVerificationStatus;

/// `Emailstatusdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Emailstatusdto {
    /// Unique identifier for the verified sender address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The verified sender email address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether the sender address is verified by domain
    #[serde(rename = "isVerifiedByDomain", skip_serializing_if = "Option::is_none")]
    pub is_verified_by_domain: Option<bool>,
    /// The verification status of the sender address
    #[serde(rename = "verificationStatus", skip_serializing_if = "Option::is_none")]
    pub verification_status: Option<EmailstatusdtoVerificationStatus>,
    /// The AWS SES region the sender address is associated with
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Emailstatusdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Emailstatusdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Emailstatusdto {
    const NAME: &'static str = "Emailstatusdto";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            "isVerifiedByDomain" => {
                self.is_verified_by_domain = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "verificationStatus" => self.verification_status = map.next_value()?,
            "region" => self.region = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
