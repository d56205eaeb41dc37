//! `GetCampaignTemplates429Response`, from `beta/paths/campaign-templates.yaml#/get`.

/// `GetCampaignTemplates429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCampaignTemplates429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetCampaignTemplates429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCampaignTemplates429Response {
            message: None,
        }
    }
}
