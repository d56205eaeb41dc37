//! `StartPredictSodViolations401Response`, from `beta/paths/sod/predict-violations.yaml#/post`.

/// `StartPredictSodViolations401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartPredictSodViolations401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl StartPredictSodViolations401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        StartPredictSodViolations401Response {
            error: None,
        }
    }
}
