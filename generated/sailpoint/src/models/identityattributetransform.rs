//! `Identityattributetransform`, from `apis/identity-profiles/schemas/identityattributetransform.yaml`.

use crate::models::Transformdefinition;

/// Transform definition for an identity attribute.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityattributetransform {
    /// Identity attribute's name.
    #[serde(rename = "identityAttributeName", skip_serializing_if = "Option::is_none")]
    pub identity_attribute_name: Option<String>,
    /// Seaspray transform definition.
    #[serde(rename = "transformDefinition", skip_serializing_if = "Option::is_none")]
    pub transform_definition: Option<Transformdefinition>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityattributetransform {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityattributetransform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityattributetransform {
    const NAME: &'static str = "Identityattributetransform";

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
            "identityAttributeName" => {
                self.identity_attribute_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "transformDefinition" => self.transform_definition = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
