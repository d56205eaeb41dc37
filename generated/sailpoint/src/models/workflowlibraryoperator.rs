//! `Workflowlibraryoperator`, from `apis/workflows/schemas/workflowlibraryoperator.yaml`.

use crate::models::Workflowlibraryformfields;

/// `Workflowlibraryoperator` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowlibraryoperator {
    /// Operator ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Operator friendly name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Operator type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Description of the operator
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Determines whether the dynamic output schema is returned in place of the action's output schema. The dynamic schema lists non-static properties, like properties of a workflow form where each form has different fields. These will be provided dynamically based on available form fields.
    #[serde(rename = "isDynamicSchema", skip_serializing_if = "Option::is_none")]
    pub is_dynamic_schema: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<bool>,
    #[serde(rename = "deprecatedBy", skip_serializing_if = "Option::is_none")]
    pub deprecated_by: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "isSimulationEnabled", skip_serializing_if = "Option::is_none")]
    pub is_simulation_enabled: Option<bool>,
    /// One or more inputs that the operator accepts
    #[serde(rename = "formFields", skip_serializing_if = "Option::is_none")]
    pub form_fields: Option<Vec<Workflowlibraryformfields>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowlibraryoperator {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflowlibraryoperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowlibraryoperator {
    const NAME: &'static str = "Workflowlibraryoperator";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "isDynamicSchema" => {
                self.is_dynamic_schema = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "deprecated" => {
                self.deprecated = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "deprecatedBy" => {
                self.deprecated_by = map.next_value_seed(crate::datetime::Optional)?;
            }
            "isSimulationEnabled" => {
                self.is_simulation_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "formFields" => self.form_fields = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
