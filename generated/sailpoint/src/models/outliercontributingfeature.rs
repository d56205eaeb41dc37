//! `Outliercontributingfeature`, from `apis/iai-outliers/schemas/outliercontributingfeature.yaml`.

use crate::models::{Outlierfeaturetranslation, Outliervaluetype};

/// `Outliercontributingfeature` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Outliercontributingfeature {
    /// Contributing feature id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "valueType", skip_serializing_if = "Option::is_none")]
    pub value_type: Option<Outliervaluetype>,
    /// The feature value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f32>,
    /// The importance of the feature. This can also be a negative value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub importance: Option<f32>,
    /// The (translated if header is passed) displayName for the feature
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// The (translated if header is passed) description for the feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "translationMessages", skip_serializing_if = "Option::is_none")]
    pub translation_messages: Option<Outlierfeaturetranslation>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Outliercontributingfeature {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Outliercontributingfeature {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Outliercontributingfeature {
    const NAME: &'static str = "Outliercontributingfeature";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "valueType" => self.value_type = map.next_value()?,
            "value" => self.value = map.next_value()?,
            "importance" => self.importance = map.next_value()?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "translationMessages" => self.translation_messages = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
