//! `GetWorkItemsSummary429Response`, from `beta/paths/work-items-summary.yaml#/get`.

/// `GetWorkItemsSummary429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetWorkItemsSummary429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetWorkItemsSummary429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetWorkItemsSummary429Response {
            message: None,
        }
    }
}
