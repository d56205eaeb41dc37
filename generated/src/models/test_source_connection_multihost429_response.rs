//! `TestSourceConnectionMultihost429Response`, from `beta/paths/multi-host-integration-test-connection-source.yaml#/get`.

/// `TestSourceConnectionMultihost429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestSourceConnectionMultihost429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl TestSourceConnectionMultihost429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestSourceConnectionMultihost429Response {
            message: None,
        }
    }
}
