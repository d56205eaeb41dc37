//! `LoadUncorrelatedAccountsTaskTask`, from `beta/schemas/LoadUncorrelatedAccountsTask.yaml#/properties/task`.

use crate::models::{
    LoadUncorrelatedAccountsTaskTaskAttributes,
    LoadUncorrelatedAccountsTaskTaskCompletionStatus,
    LoadUncorrelatedAccountsTaskTaskMessagesInner,
};

/// `LoadUncorrelatedAccountsTaskTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoadUncorrelatedAccountsTaskTask {
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
    /// The name of uncorrelated accounts process
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
    pub completion_status: Option<LoadUncorrelatedAccountsTaskTaskCompletionStatus>,
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
    pub messages: Option<Vec<LoadUncorrelatedAccountsTaskTaskMessagesInner>>,
    /// Current task state.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub progress: Option<String>,
    /// Extra attributes map(dictionary) for the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<LoadUncorrelatedAccountsTaskTaskAttributes>,
    /// Return values from the task
    ///
    /// The spec declares one item here, but its example is a list, so this is a list; a lone item is read as a list of one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::one_or_many_option",
        serialize_with = "crate::lenient::one_as_item_option"
    )]
    pub returns: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoadUncorrelatedAccountsTaskTask {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        LoadUncorrelatedAccountsTaskTask {
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
