//! `WorkflowLibraryActionExampleOutput`, from `beta/schemas/WorkflowLibraryAction.yaml#/properties/exampleOutput`.

/// `WorkflowLibraryActionExampleOutput` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowLibraryActionExampleOutput {
    Array(Vec<serde_json::Map<String, serde_json::Value>>),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<Vec<serde_json::Map<String, serde_json::Value>>>
for WorkflowLibraryActionExampleOutput {
    fn from(value: Vec<serde_json::Map<String, serde_json::Value>>) -> Self {
        WorkflowLibraryActionExampleOutput::Array(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for WorkflowLibraryActionExampleOutput {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        WorkflowLibraryActionExampleOutput::Object(value)
    }
}
