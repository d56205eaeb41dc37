//! `Attributedto`, from `apis/shared/schemas/attributedto.yaml`.

use crate::models::Attributevaluedto;

/// `Attributedto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attributedto {
    /// Technical name of the Attribute. This is unique and cannot be changed after creation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The display name of the key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Indicates whether the attribute can have multiple values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multiselect: Option<bool>,
    /// The status of the Attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The type of the Attribute. This can be either "custom" or "governance".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// An array of object types this attributes values can be applied to. Possible values are "all" or "entitlement". Value "all" means this attribute can be used with all object types that are supported.
    #[serde(rename = "objectTypes", skip_serializing_if = "Option::is_none")]
    pub object_types: Option<Vec<String>>,
    /// The description of the Attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<Attributevaluedto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attributedto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Attributedto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attributedto {
    const NAME: &'static str = "Attributedto";

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
