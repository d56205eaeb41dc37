//! `TestSubscriptionFilter429Response`, from `beta/paths/trigger-subscriptions-validate-filter.yaml#/post`.

/// `TestSubscriptionFilter429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestSubscriptionFilter429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl TestSubscriptionFilter429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestSubscriptionFilter429Response {
            message: None,
        }
    }
}
