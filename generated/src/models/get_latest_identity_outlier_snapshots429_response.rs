//! `GetLatestIdentityOutlierSnapshots429Response`, from `beta/paths/outlier-summaries-latest.yaml#/get`.

/// `GetLatestIdentityOutlierSnapshots429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLatestIdentityOutlierSnapshots429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetLatestIdentityOutlierSnapshots429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetLatestIdentityOutlierSnapshots429Response {
            message: None,
        }
    }
}
