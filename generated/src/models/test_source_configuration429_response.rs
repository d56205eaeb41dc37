//! `TestSourceConfiguration429Response`, from `beta/paths/source-connector-test-configuration.yaml#/post`.

/// `TestSourceConfiguration429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestSourceConfiguration429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl TestSourceConfiguration429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestSourceConfiguration429Response {
            message: None,
        }
    }
}
