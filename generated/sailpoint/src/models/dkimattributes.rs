//! `Dkimattributes`, from `apis/notifications/schemas/dkimattributes.yaml`.

/// DKIM attributes for a domain or identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dkimattributes {
    /// UUID associated with domain to be verified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The identity or domain address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Whether or not DKIM has been enabled for this domain / identity
    #[serde(rename = "dkimEnabled", skip_serializing_if = "Option::is_none")]
    pub dkim_enabled: Option<bool>,
    /// The tokens to be added to a DNS for verification
    #[serde(rename = "dkimTokens", skip_serializing_if = "Option::is_none")]
    pub dkim_tokens: Option<Vec<String>>,
    /// The current status if the domain /identity has been verified. Ie SUCCESS, FAILED, PENDING
    #[serde(rename = "dkimVerificationStatus", skip_serializing_if = "Option::is_none")]
    pub dkim_verification_status: Option<String>,
    /// The AWS SES region the domain is associated with
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dkimattributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Dkimattributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dkimattributes {
    const NAME: &'static str = "Dkimattributes";

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
            "address" => self.address = map.next_value_seed(crate::lenient::TextOption)?,
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
