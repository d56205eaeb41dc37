//! `GetLatestIdentityOutlierSnapshots401Response`, from `beta/paths/outlier-summaries-latest.yaml#/get`.

/// `GetLatestIdentityOutlierSnapshots401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetLatestIdentityOutlierSnapshots401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetLatestIdentityOutlierSnapshots401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetLatestIdentityOutlierSnapshots401Response {
            error: None,
        }
    }
}
