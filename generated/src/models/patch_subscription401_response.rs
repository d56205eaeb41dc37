//! `PatchSubscription401Response`, from `beta/paths/trigger-subscription.yaml#/patch`.

/// `PatchSubscription401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchSubscription401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PatchSubscription401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchSubscription401Response {
            error: None,
        }
    }
}
