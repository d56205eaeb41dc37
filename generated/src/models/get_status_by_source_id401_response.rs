//! `GetStatusBySourceId401Response`, from `beta/paths/source-usage-status.yaml#/get`.

/// `GetStatusBySourceId401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetStatusBySourceId401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetStatusBySourceId401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetStatusBySourceId401Response {
            error: None,
        }
    }
}
