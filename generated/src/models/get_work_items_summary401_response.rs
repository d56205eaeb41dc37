//! `GetWorkItemsSummary401Response`, from `beta/paths/work-items-summary.yaml#/get`.

/// `GetWorkItemsSummary401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetWorkItemsSummary401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetWorkItemsSummary401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetWorkItemsSummary401Response {
            error: None,
        }
    }
}
