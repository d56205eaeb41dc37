//! `GetCampaignTemplate429Response`, from `beta/paths/campaign-template.yaml#/get`.

/// `GetCampaignTemplate429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCampaignTemplate429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetCampaignTemplate429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCampaignTemplate429Response {
            message: None,
        }
    }
}
