//! `TestConnectionMultiHostSources429Response`, from `beta/paths/multi-host-integration-test-connection.yaml#/post`.

/// `TestConnectionMultiHostSources429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestConnectionMultiHostSources429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl TestConnectionMultiHostSources429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestConnectionMultiHostSources429Response {
            message: None,
        }
    }
}
