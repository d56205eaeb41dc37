//! `TaskStatusMessage`, from `beta/schemas/TaskStatusMessage.yaml`.

use crate::models::{
    LocalizedMessage, TaskStatusMessageParametersInner, TaskStatusMessageType,
};

/// TaskStatus Message
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TaskStatusMessage {
    /// Type of the message
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskStatusMessageType>,
    /// Localized form of the message
    #[serde(rename = "localizedText", default)]
    pub localized_text: Option<LocalizedMessage>,
    /// Key of the message
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub key: String,
    /// Message parameters for internationalization
    #[serde(default)]
    pub parameters: Option<Vec<TaskStatusMessageParametersInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TaskStatusMessage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: TaskStatusMessageType, key: impl Into<String>) -> Self {
        TaskStatusMessage {
            r#type: Some(r#type),
            localized_text: None,
            key: key.into(),
            parameters: None,
            additional_properties: Default::default(),
        }
    }
}
