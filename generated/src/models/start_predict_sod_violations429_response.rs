//! `StartPredictSodViolations429Response`, from `beta/paths/sod/predict-violations.yaml#/post`.

/// `StartPredictSodViolations429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartPredictSodViolations429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl StartPredictSodViolations429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        StartPredictSodViolations429Response {
            message: None,
        }
    }
}
