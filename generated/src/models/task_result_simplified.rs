//! `TaskResultSimplified`, from `v3/schemas/TaskResultSimplified.yaml`.

use crate::models::TaskResultSimplifiedCompletionStatus;

/// `TaskResultSimplified` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskResultSimplified {
    /// Task identifier
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Task name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Task description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// User or process who launched the task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub launcher: Option<String>,
    /// Date time of completion
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Date time when the task was launched
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// Task result status
    #[serde(
        rename = "completionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_status: Option<TaskResultSimplifiedCompletionStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskResultSimplified {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TaskResultSimplified {
            id: None,
            name: None,
            description: None,
            launcher: None,
            completed: None,
            launched: None,
            completion_status: None,
            additional_properties: Default::default(),
        }
    }
}
