//! `TestSourceConnection401Response`, from `beta/paths/source-connector-check-connection.yaml#/post`.

/// `TestSourceConnection401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TestSourceConnection401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl TestSourceConnection401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestSourceConnection401Response {
            error: None,
        }
    }
}
