//! `TestSubscriptionFilter401Response`, from `beta/paths/trigger-subscriptions-validate-filter.yaml#/post`.

/// `TestSubscriptionFilter401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestSubscriptionFilter401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl TestSubscriptionFilter401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestSubscriptionFilter401Response {
            error: None,
        }
    }
}
