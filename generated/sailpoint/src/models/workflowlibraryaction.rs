//! `Workflowlibraryaction`, from `apis/workflows/schemas/workflowlibraryaction.yaml`.

use crate::models::{WorkflowlibraryactionExampleOutput, Workflowlibraryformfields};

/// `Workflowlibraryaction` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowlibraryaction {
    /// Action ID. This is a static namespaced ID for the action
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Action Name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Action type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Action Description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// One or more inputs that the action accepts
    #[serde(rename = "formFields", skip_serializing_if = "Option::is_none")]
    pub form_fields: Option<Vec<Workflowlibraryformfields>>,
    #[serde(rename = "exampleOutput", skip_serializing_if = "Option::is_none")]
    pub example_output: Option<WorkflowlibraryactionExampleOutput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<bool>,
    #[serde(rename = "deprecatedBy", skip_serializing_if = "Option::is_none")]
    pub deprecated_by: Option<chrono::DateTime<chrono::Utc>>,
    /// Version number
    #[serde(rename = "versionNumber", skip_serializing_if = "Option::is_none")]
    pub version_number: Option<i64>,
    #[serde(rename = "isSimulationEnabled", skip_serializing_if = "Option::is_none")]
    pub is_simulation_enabled: Option<bool>,
    /// Determines whether the dynamic output schema is returned in place of the action's output schema. The dynamic schema lists non-static properties, like properties of a workflow form where each form has different fields. These will be provided dynamically based on available form fields.
    #[serde(rename = "isDynamicSchema", skip_serializing_if = "Option::is_none")]
    pub is_dynamic_schema: Option<bool>,
    /// Defines the output schema, if any, that this action produces.
    #[serde(rename = "outputSchema", skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowlibraryaction {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflowlibraryaction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowlibraryaction {
    const NAME: &'static str = "Workflowlibraryaction";

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
            "formFields" => self.form_fields = map.next_value()?,
            "exampleOutput" => self.example_output = map.next_value()?,
            "deprecated" => {
                self.deprecated = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "deprecatedBy" => {
                self.deprecated_by = map.next_value_seed(crate::datetime::Optional)?;
            }
            "versionNumber" => self.version_number = map.next_value()?,
            "isSimulationEnabled" => {
                self.is_simulation_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "isDynamicSchema" => {
                self.is_dynamic_schema = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "outputSchema" => self.output_schema = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
