//! `LoadAccountsTaskTask`, from `beta/schemas/LoadAccountsTask.yaml#/properties/task`.

use crate::models::{
    LoadAccountsTaskTaskAttributes, LoadAccountsTaskTaskCompletionStatus,
    LoadAccountsTaskTaskMessagesInner, LoadAccountsTaskTaskReturnsInner,
};

/// `LoadAccountsTaskTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoadAccountsTaskTask {
    /// System-generated unique ID of the task this taskStatus represents
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Type of task this task represents
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The name of the aggregation process
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The description of the task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The user who initiated the task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub launcher: Option<String>,
    /// The Task creation date
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The task start date
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// The task completion date
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Task completion status.
    #[serde(
        rename = "completionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub completion_status: Option<LoadAccountsTaskTaskCompletionStatus>,
    /// Name of the parent task if exists.
    #[serde(
        rename = "parentName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub parent_name: Option<String>,
    /// List of the messages dedicated to the report.  From task definition perspective here usually should be warnings or errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<LoadAccountsTaskTaskMessagesInner>>,
    /// Current task state.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub progress: Option<String>,
    /// Extra attributes map(dictionary) for the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<LoadAccountsTaskTaskAttributes>,
    /// Return values from the task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returns: Option<Vec<LoadAccountsTaskTaskReturnsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoadAccountsTaskTask {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadAccountsTaskTask {
            id: None,
            r#type: None,
            name: None,
            description: None,
            launcher: None,
            created: None,
            launched: None,
            completed: None,
            completion_status: None,
            parent_name: None,
            messages: None,
            progress: None,
            attributes: None,
            returns: None,
            additional_properties: Default::default(),
        }
    }
}
