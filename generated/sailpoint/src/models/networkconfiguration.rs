//! `Networkconfiguration`, from `apis/global-tenant-security-settings/schemas/networkconfiguration.yaml`.

/// `Networkconfiguration` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Networkconfiguration {
    /// The collection of ip ranges.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<Vec<String>>,
    /// The collection of country codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Vec<String>>,
    /// Denotes whether the provided lists are whitelisted or blacklisted for geo location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub whitelisted: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Networkconfiguration {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Networkconfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Networkconfiguration {
    const NAME: &'static str = "Networkconfiguration";

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
            "range" => self.range = map.next_value()?,
            "geolocation" => self.geolocation = map.next_value()?,
            "whitelisted" => {
                self.whitelisted = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
