//! `UpdateLifecycleStates401Response`, from `beta/paths/identity-profile-lifecycle-state.yaml#/patch`.

/// `UpdateLifecycleStates401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateLifecycleStates401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl UpdateLifecycleStates401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateLifecycleStates401Response {
            error: None,
        }
    }
}
