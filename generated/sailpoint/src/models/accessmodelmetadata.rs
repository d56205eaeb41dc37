//! `Accessmodelmetadata`, from `apis/shared/schemas/accessmodelmetadata.yaml`.

use crate::models::AccessmodelmetadataValuesInner;

/// Metadata that describes an access item
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessmodelmetadata {
    /// Unique identifier for the metadata type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Human readable name of the metadata type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Allows selecting multiple values
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiselect: Option<bool>,
    /// The state of the metadata item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The type of the metadata item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The types of objects
    #[serde(rename = "objectTypes", skip_serializing_if = "Option::is_none")]
    pub object_types: Option<Vec<String>>,
    /// Describes the metadata item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The value to assign to the metadata item
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<AccessmodelmetadataValuesInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessmodelmetadata {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessmodelmetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessmodelmetadata {
    const NAME: &'static str = "Accessmodelmetadata";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "multiselect" => {
                self.multiselect = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "objectTypes" => self.object_types = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "values" => self.values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
