//! `Workflowexecutionhistory2`, from `apis/workflows/schemas/workflowexecutionhistory.yaml#/allOf/0`.

use crate::models::{Workflowdefinition, Workflowexecutionevent, Workflowtrigger};

/// `Workflowexecutionhistory2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowexecutionhistory2 {
    /// The workflow definition for the workflow execution
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition: Option<Workflowdefinition>,
    /// List of workflow execution events for the given workflow execution
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<Workflowexecutionevent>,
    /// The trigger that initiated the workflow execution
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger: Option<Workflowtrigger>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowexecutionhistory2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflowexecutionhistory2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowexecutionhistory2 {
    const NAME: &'static str = "Workflowexecutionhistory2";

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
            "definition" => self.definition = map.next_value()?,
            "history" => self.history = map.next_value()?,
            "trigger" => self.trigger = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
