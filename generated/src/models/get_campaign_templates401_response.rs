//! `GetCampaignTemplates401Response`, from `beta/paths/campaign-templates.yaml#/get`.

/// `GetCampaignTemplates401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCampaignTemplates401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetCampaignTemplates401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCampaignTemplates401Response {
            error: None,
        }
    }
}
