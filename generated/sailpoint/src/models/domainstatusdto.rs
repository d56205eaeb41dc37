//! `Domainstatusdto`, from `apis/notifications/schemas/domainstatusdto.yaml`.

/// Domain status DTO containing everything required to verify via DKIM
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Domainstatusdto {
    /// New UUID associated with domain to be verified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A domain address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// DKIM is enabled for this domain
    #[serde(rename = "dkimEnabled", skip_serializing_if = "Option::is_none")]
    pub dkim_enabled: Option<bool>,
    /// DKIM tokens required for authentication
    #[serde(rename = "dkimTokens", skip_serializing_if = "Option::is_none")]
    pub dkim_tokens: Option<Vec<String>>,
    /// Status of DKIM authentication
    #[serde(rename = "dkimVerificationStatus", skip_serializing_if = "Option::is_none")]
    pub dkim_verification_status: Option<String>,
    /// The AWS SES region the domain is associated with
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Domainstatusdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Domainstatusdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Domainstatusdto {
    const NAME: &'static str = "Domainstatusdto";

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
            "domain" => self.domain = map.next_value_seed(crate::lenient::TextOption)?,
            "dkimEnabled" => {
                self.dkim_enabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "dkimTokens" => self.dkim_tokens = map.next_value()?,
            "dkimVerificationStatus" => {
                self.dkim_verification_status = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "region" => self.region = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
