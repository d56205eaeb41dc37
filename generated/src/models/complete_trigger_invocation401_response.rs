//! `CompleteTriggerInvocation401Response`, from `beta/paths/trigger-invocations-complete.yaml#/post`.

/// `CompleteTriggerInvocation401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CompleteTriggerInvocation401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl CompleteTriggerInvocation401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CompleteTriggerInvocation401Response {
            error: None,
        }
    }
}
