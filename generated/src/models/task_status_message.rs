//! `TaskStatusMessage`, from `beta/schemas/TaskStatusMessage.yaml`.

use crate::models::{
    LocalizedMessage, TaskStatusMessageParametersInner, TaskStatusMessageType,
};

/// TaskStatus Message
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TaskStatusMessage {
    /// Type of the message
    pub r#type: TaskStatusMessageType,
    /// Localized form of the message
    #[serde(rename = "localizedText", default)]
    pub localized_text: Option<LocalizedMessage>,
    /// Key of the message
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub key: String,
    /// Message parameters for internationalization
    #[serde(default)]
    pub parameters: Option<Vec<TaskStatusMessageParametersInner>>,
}

impl TaskStatusMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: TaskStatusMessageType, key: impl Into<String>) -> Self {
        TaskStatusMessage {
            r#type,
            localized_text: None,
            key: key.into(),
            parameters: None,
        }
    }
}
