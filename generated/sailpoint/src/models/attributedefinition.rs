//! `Attributedefinition`, from `apis/sources/schemas/attributedefinition.yaml`.

use crate::models::{AttributedefinitionSchema, Attributedefinitiontype};

/// `Attributedefinition` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attributedefinition {
    /// The name of the attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Attribute name in the native system.
    #[serde(rename = "nativeName", skip_serializing_if = "Option::is_none")]
    pub native_name: Option<String>,
    /// The type of the attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Attributedefinitiontype>,
    /// A reference to the schema on the source to the attribute values map to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<AttributedefinitionSchema>,
    /// A human-readable description of the attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Flag indicating whether or not the attribute is multi-valued.
    #[serde(rename = "isMulti", skip_serializing_if = "Option::is_none")]
    pub is_multi: Option<bool>,
    /// Flag indicating whether or not the attribute is an entitlement.
    #[serde(rename = "isEntitlement", skip_serializing_if = "Option::is_none")]
    pub is_entitlement: Option<bool>,
    /// Flag indicating whether or not the attribute represents a group.
    /// This can only be `true` if `isEntitlement` is also `true` **and** there is a schema defined for the attribute..
    #[serde(rename = "isGroup", skip_serializing_if = "Option::is_none")]
    pub is_group: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attributedefinition {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Attributedefinition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attributedefinition {
    const NAME: &'static str = "Attributedefinition";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "nativeName" => {
                self.native_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "schema" => self.schema = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "isMulti" => self.is_multi = map.next_value_seed(crate::lenient::FlagOption)?,
            "isEntitlement" => {
                self.is_entitlement = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "isGroup" => self.is_group = map.next_value_seed(crate::lenient::FlagOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
