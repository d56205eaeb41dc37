//! `Workflowlibrarytrigger`, from `apis/workflows/schemas/workflowlibrarytrigger.yaml`.

use crate::models::{Workflowlibraryformfields, WorkflowlibrarytriggerType};

/// `Workflowlibrarytrigger` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowlibrarytrigger {
    /// Trigger ID. This is a static namespaced ID for the trigger.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Trigger type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowlibrarytriggerType>,
    /// Whether the trigger is deprecated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<bool>,
    /// Date the trigger was deprecated, if applicable.
    #[serde(rename = "deprecatedBy", skip_serializing_if = "Option::is_none")]
    pub deprecated_by: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether the trigger can be simulated.
    #[serde(rename = "isSimulationEnabled", skip_serializing_if = "Option::is_none")]
    pub is_simulation_enabled: Option<bool>,
    /// Example output schema
    #[serde(rename = "outputSchema", skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Trigger Name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Trigger Description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Determines whether the dynamic output schema is returned in place of the action's output schema. The dynamic schema lists non-static properties, like properties of a workflow form where each form has different fields. These will be provided dynamically based on available form fields.
    #[serde(rename = "isDynamicSchema", skip_serializing_if = "Option::is_none")]
    pub is_dynamic_schema: Option<bool>,
    /// Example trigger payload if applicable
    #[serde(rename = "inputExample", skip_serializing_if = "Option::is_none")]
    pub input_example: Option<serde_json::Map<String, serde_json::Value>>,
    /// One or more inputs that the trigger accepts
    #[serde(rename = "formFields", skip_serializing_if = "Option::is_none")]
    pub form_fields: Option<Vec<Workflowlibraryformfields>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowlibrarytrigger {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflowlibrarytrigger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowlibrarytrigger {
    const NAME: &'static str = "Workflowlibrarytrigger";

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
            "outputSchema" => self.output_schema = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "isDynamicSchema" => {
                self.is_dynamic_schema = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "inputExample" => self.input_example = map.next_value()?,
            "formFields" => self.form_fields = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
