//! `Workflowdefinition`, from `apis/workflows/schemas/workflowdefinition.yaml`.

/// The map of steps that the workflow will execute.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowdefinition {
    /// The name of the starting step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// One or more step objects that comprise this workflow.  Please see the Workflow documentation to see the JSON schema for each step type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steps: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowdefinition {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflowdefinition {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowdefinition {
    const NAME: &'static str = "Workflowdefinition";

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
            "start" => self.start = map.next_value_seed(crate::lenient::TextOption)?,
            "steps" => self.steps = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
