//! `PatchSubscription429Response`, from `beta/paths/trigger-subscription.yaml#/patch`.

/// `PatchSubscription429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchSubscription429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PatchSubscription429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PatchSubscription429Response {
            message: None,
        }
    }
}
