//! `Attributemappings2TransformDefinitionAttributesInputAttributes`, from `apis/machine-account-mappings/schemas/attributemappings.yaml#/allOf/0/properties/transformDefinition/properties/attributes/properties/input/properties/attributes`.

/// Attibute Mapping Object
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attributemappings2TransformDefinitionAttributesInputAttributes {
    /// The name of attribute
    #[serde(rename = "attributeName", skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// Name of the Source
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// ID of the Source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attributemappings2TransformDefinitionAttributesInputAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for Attributemappings2TransformDefinitionAttributesInputAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for Attributemappings2TransformDefinitionAttributesInputAttributes {
    const NAME: &'static str = "Attributemappings2TransformDefinitionAttributesInputAttributes";

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
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
