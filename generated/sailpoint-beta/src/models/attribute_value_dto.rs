//! `AttributeValueDto`, from `beta/schemas/gov-attributes/AttributeValueDTO.yaml`.

use crate::models::AttributeValueDtoType;

/// `AttributeValueDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AttributeValueDto {
    /// Technical name of the Attribute value. This is unique and cannot be changed after creation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The display name of the Attribute value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The status of the Attribute value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Indicates how this Attribute value was created. **static** values are pre-defined and created directly through this API. **adhoc** values are created dynamically through an internal service-to-service flow when the parent Attribute has *isAdhoc* set to *true*, and cannot be created directly through the public create-value API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AttributeValueDtoType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeValueDto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AttributeValueDto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AttributeValueDto {
    const NAME: &'static str = "AttributeValueDto";

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
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
