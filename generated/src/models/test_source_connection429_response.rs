//! `TestSourceConnection429Response`, from `beta/paths/source-connector-check-connection.yaml#/post`.

/// `TestSourceConnection429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestSourceConnection429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl TestSourceConnection429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestSourceConnection429Response {
            message: None,
        }
    }
}
