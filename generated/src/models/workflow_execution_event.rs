//! `WorkflowExecutionEvent`, from `beta/schemas/WorkflowExecutionEvent.yaml`.

use crate::models::WorkflowExecutionEventType;

/// `WorkflowExecutionEvent` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowExecutionEvent {
    /// The type of event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowExecutionEventType>,
    /// The date-time when the event occurred
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub timestamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Additional attributes associated with the event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowExecutionEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowExecutionEvent {
            r#type: None,
            timestamp: None,
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}
