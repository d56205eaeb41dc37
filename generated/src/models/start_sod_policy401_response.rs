//! `StartSodPolicy401Response`, from `beta/paths/sod-report-run.yaml#/post`.

/// `StartSodPolicy401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartSodPolicy401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl StartSodPolicy401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        StartSodPolicy401Response {
            error: None,
        }
    }
}
