//! `Machineclassificationconfig2`, from `apis/machine-classification-config/schemas/machineclassificationconfig.yaml#/allOf/0`.

use crate::models::{
    Machineclassificationconfig2ClassificationMethod, Machineclassificationcriterialevel1,
};

/// `Machineclassificationconfig2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineclassificationconfig2 {
    /// Indicates whether Classification is enabled for a Source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Classification Method
    #[serde(rename = "classificationMethod", skip_serializing_if = "Option::is_none")]
    pub classification_method: Option<Machineclassificationconfig2ClassificationMethod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub criteria: Option<Machineclassificationcriterialevel1>,
    /// Date the config was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the config was last updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineclassificationconfig2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machineclassificationconfig2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineclassificationconfig2 {
    const NAME: &'static str = "Machineclassificationconfig2";

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
            "classificationMethod" => self.classification_method = map.next_value()?,
            "criteria" => self.criteria = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
