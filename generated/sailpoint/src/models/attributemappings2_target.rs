//! `Attributemappings2Target`, from `apis/machine-account-mappings/schemas/attributemappings.yaml#/allOf/0/properties/target`.

use crate::models::Attributemappings2TargetType;

/// Targeted Entity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attributemappings2Target {
    /// The type of target entity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Attributemappings2TargetType>,
    /// Name of the targeted attribute
    #[serde(rename = "attributeName", skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// The ID of Source
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attributemappings2Target {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Attributemappings2Target {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attributemappings2Target {
    const NAME: &'static str = "Attributemappings2Target";

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
            "type" => self.r#type = map.next_value()?,
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
