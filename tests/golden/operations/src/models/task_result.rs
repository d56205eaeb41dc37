//! `TaskResult`, from `openapi.yaml#/components/schemas/TaskResult`.

use crate::models::TaskResultStatus;

/// An asynchronous task reference.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskResult {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskResultStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskResult {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TaskResult {
            id: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
