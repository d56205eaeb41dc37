//! `WorkflowExecution`, from `beta/schemas/WorkflowExecution.yaml`.

use crate::models::WorkflowExecutionStatus;

/// `WorkflowExecution` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowExecution {
    /// Workflow execution ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Workflow ID.
    #[serde(
        rename = "workflowId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub workflow_id: Option<String>,
    /// Backend ID that tracks a workflow request in the system. Provide this ID in a customer support ticket for debugging purposes.
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub request_id: Option<String>,
    /// Date/time when the workflow started.
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Date/time when the workflow ended.
    #[serde(
        rename = "closeTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub close_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Workflow execution status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<WorkflowExecutionStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowExecution {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowExecution {
            id: None,
            workflow_id: None,
            request_id: None,
            start_time: None,
            close_time: None,
            status: None,
            additional_properties: Default::default(),
        }
    }
}
