//! `Mailfromattributesdto`, from `apis/notifications/schemas/mailfromattributesdto.yaml`.

/// MAIL FROM attributes for a domain / identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Mailfromattributesdto {
    /// The identity or domain address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// The new MAIL FROM domain of the identity. Must be a subdomain of the identity.
    #[serde(rename = "mailFromDomain", skip_serializing_if = "Option::is_none")]
    pub mail_from_domain: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Mailfromattributesdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Mailfromattributesdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Mailfromattributesdto {
    const NAME: &'static str = "Mailfromattributesdto";

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
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
