//! `TaskStatus`, from `beta/schemas/TaskStatus.yaml`.

use crate::models::{
    Target, TaskDefinitionSummary, TaskReturnDetails, TaskStatusCompletionStatus,
    TaskStatusMessage, TaskStatusType,
};

/// Details and current status of a specific task
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskStatus {
    /// System-generated unique ID of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Type of task this TaskStatus represents
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskStatusType>,
    /// Name of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "uniqueName", default, deserialize_with = "crate::lenient::string")]
    pub unique_name: String,
    /// Description of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Name of the parent of the task this TaskStatus represents
    #[serde(
        rename = "parentName",
        default,
        deserialize_with = "crate::lenient::string_option"
    )]
    pub parent_name: Option<String>,
    /// Service to execute the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub launcher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// Creation date of the task this TaskStatus represents
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the task this TaskStatus represents
    #[serde(default, deserialize_with = "crate::datetime::deserialize_option")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Launch date of the task this TaskStatus represents
    #[serde(default, deserialize_with = "crate::datetime::deserialize_option")]
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// Completion date of the task this TaskStatus represents
    #[serde(default, deserialize_with = "crate::datetime::deserialize_option")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Completion status of the task this TaskStatus represents
    #[serde(rename = "completionStatus", default)]
    pub completion_status: Option<TaskStatusCompletionStatus>,
    /// Messages associated with the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub messages: Vec<TaskStatusMessage>,
    /// Return values from the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub returns: Vec<TaskReturnDetails>,
    /// Attributes of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty map.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Current progress of the task this TaskStatus represents
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub progress: Option<String>,
    /// Current percentage completion of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "percentComplete",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub percent_complete: i64,
    #[serde(
        rename = "taskDefinitionSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_summary: Option<TaskDefinitionSummary>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        r#type: TaskStatusType,
        unique_name: impl Into<String>,
        description: impl Into<String>,
        launcher: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        messages: Vec<TaskStatusMessage>,
        returns: Vec<TaskReturnDetails>,
        attributes: serde_json::Map<String, serde_json::Value>,
        percent_complete: i64,
    ) -> Self {
        TaskStatus {
            id: id.into(),
            r#type: Some(r#type),
            unique_name: unique_name.into(),
            description: description.into(),
            parent_name: None,
            launcher: launcher.into(),
            target: None,
            created: Some(created),
            modified: None,
            launched: None,
            completed: None,
            completion_status: None,
            messages,
            returns,
            attributes,
            progress: None,
            percent_complete,
            task_definition_summary: None,
            additional_properties: Default::default(),
        }
    }
}
