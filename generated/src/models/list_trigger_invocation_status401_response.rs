//! `ListTriggerInvocationStatus401Response`, from `beta/paths/trigger-invocations-status.yaml#/get`.

/// `ListTriggerInvocationStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListTriggerInvocationStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListTriggerInvocationStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListTriggerInvocationStatus401Response {
            error: None,
        }
    }
}
