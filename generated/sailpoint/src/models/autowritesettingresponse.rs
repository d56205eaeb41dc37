//! `Autowritesettingresponse`, from `apis/suggested-entitlement-description/schemas/autowritesettingresponse.yaml`.

/// Auto-Write Setting response with timestamps
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Autowritesettingresponse {
    /// Whether auto-write is currently enabled for the tenant
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Source IDs in the allowlist. Empty array means not in allowlist mode.
    #[serde(rename = "includedSourceIds", skip_serializing_if = "Option::is_none")]
    pub included_source_ids: Option<Vec<String>>,
    /// Source IDs to exclude from auto-write. Always applied.
    #[serde(rename = "excludedSourceIds", skip_serializing_if = "Option::is_none")]
    pub excluded_source_ids: Option<Vec<String>>,
    /// When settings were first created
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When settings were last modified
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Autowritesettingresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Autowritesettingresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Autowritesettingresponse {
    const NAME: &'static str = "Autowritesettingresponse";

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
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "updatedAt" => {
                self.updated_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
