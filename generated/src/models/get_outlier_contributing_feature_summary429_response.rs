//! `GetOutlierContributingFeatureSummary429Response`, from `beta/paths/outlier-feature-summaries.yaml#/get`.

/// `GetOutlierContributingFeatureSummary429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetOutlierContributingFeatureSummary429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetOutlierContributingFeatureSummary429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetOutlierContributingFeatureSummary429Response {
            message: None,
        }
    }
}
