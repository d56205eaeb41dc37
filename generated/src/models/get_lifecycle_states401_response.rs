//! `GetLifecycleStates401Response`, from `beta/paths/identity-profile-lifecycle-state.yaml#/get`.

/// `GetLifecycleStates401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLifecycleStates401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetLifecycleStates401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetLifecycleStates401Response {
            error: None,
        }
    }
}
