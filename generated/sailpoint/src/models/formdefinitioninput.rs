//! `Formdefinitioninput`, from `apis/custom-forms/schemas/formdefinitioninput.yaml`.

use crate::models::FormdefinitioninputType;

/// `Formdefinitioninput` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Formdefinitioninput {
    /// Unique identifier for the form input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// FormDefinitionInputType value.
    /// STRING FormDefinitionInputTypeString
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FormdefinitioninputType>,
    /// Name for the form input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Form input's description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Formdefinitioninput {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Formdefinitioninput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Formdefinitioninput {
    const NAME: &'static str = "Formdefinitioninput";

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
            "type" => self.r#type = map.next_value()?,
            "label" => self.label = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
