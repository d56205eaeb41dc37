//! `Templatevariable`, from `apis/notifications/schemas/templatevariable.yaml`.

use crate::models::TemplatevariableType;

/// A variable available for use in a notification template. Variables can be template-specific (from domain events)
/// or global (available to all templates like __recipient, __global, __util). Template variables provide
/// self-documenting metadata about what variables are available when customizing notification templates.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Templatevariable {
    /// The variable name as used when rendering context in templates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The data type for this variable. Use JSON Schema-like names for values (string, boolean, number, object, array)
    /// or "function" for template utility/helper functions (e.g. __dateTool.format(), __esc.html()).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TemplatevariableType>,
    /// Human-readable description explaining what this variable represents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Example value demonstrating the format and usage. For type "function", often a Velocity-style call (e.g. $__esc.html($value)).
    /// Can be a string, number, boolean, object, array, or null when no example is defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Templatevariable {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Templatevariable {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Templatevariable {
    const NAME: &'static str = "Templatevariable";

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
            "type" => self.r#type = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "example" => self.example = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
