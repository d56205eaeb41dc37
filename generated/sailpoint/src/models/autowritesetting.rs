//! `Autowritesetting`, from `apis/suggested-entitlement-description/schemas/autowritesetting.yaml`.

/// Auto-Write Setting for SED
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Autowritesetting {
    /// Whether auto-write is currently enabled for the tenant
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Source IDs in the allowlist. Empty array means not in allowlist mode.
    #[serde(rename = "includedSourceIds", skip_serializing_if = "Option::is_none")]
    pub included_source_ids: Option<Vec<String>>,
    /// Source IDs to exclude from auto-write. Always applied.
    #[serde(rename = "excludedSourceIds", skip_serializing_if = "Option::is_none")]
    pub excluded_source_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Autowritesetting {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Autowritesetting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Autowritesetting {
    const NAME: &'static str = "Autowritesetting";

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
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "includedSourceIds" => self.included_source_ids = map.next_value()?,
            "excludedSourceIds" => self.excluded_source_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
