//! `Templatevariablesdto`, from `apis/notifications/schemas/templatevariablesdto.yaml`.

use crate::models::{Templatemediumdto, Templatevariable};

/// Variables available for use in a notification template. Variables can be template-specific (from domain events)
/// or global (available to all templates like __recipient, __global, __util).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Templatevariablesdto {
    /// The notification template key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The notification template medium (e.g. EMAIL, SLACK, TEAMS).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<Templatemediumdto>,
    /// Global variables available to all templates for this tenant (e.g. __global.*, __recipient, __util.*, __dateTool.*, __esc.*).
    /// Includes both data variables and function-type helpers.
    #[serde(rename = "globalVariables", skip_serializing_if = "Option::is_none")]
    pub global_variables: Option<Vec<Templatevariable>>,
    /// Template-specific variables for the given key and medium (e.g. approverPath, requester, attributes).
    #[serde(rename = "templateVariables", skip_serializing_if = "Option::is_none")]
    pub template_variables: Option<Vec<Templatevariable>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Templatevariablesdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Templatevariablesdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Templatevariablesdto {
    const NAME: &'static str = "Templatevariablesdto";

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
            "medium" => self.medium = map.next_value()?,
            "globalVariables" => self.global_variables = map.next_value()?,
            "templateVariables" => self.template_variables = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
