//! `StartCampaignReport429Response`, from `beta/paths/campaign-run-report.yaml#/post`.

/// `StartCampaignReport429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartCampaignReport429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl StartCampaignReport429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        StartCampaignReport429Response {
            message: None,
        }
    }
}
