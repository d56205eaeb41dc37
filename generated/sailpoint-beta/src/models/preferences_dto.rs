//! `PreferencesDto`, from `beta/schemas/PreferencesDto.yaml`.

use crate::models::Medium;

/// Maps an Identity's attribute key to a list of preferred notification mediums.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PreferencesDto {
    /// The template notification key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// List of preferred notification mediums, i.e., the mediums (or method) for which notifications are enabled. More mediums may be added in the future.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mediums: Option<Vec<Medium>>,
    /// Modified date of preference
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PreferencesDto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for PreferencesDto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for PreferencesDto {
    const NAME: &'static str = "PreferencesDto";

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
            "key" => self.key = map.next_value_seed(crate::lenient::TextOption)?,
            "mediums" => self.mediums = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
