//! `GetCampaignTemplate401Response`, from `beta/paths/campaign-template.yaml#/get`.

/// `GetCampaignTemplate401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCampaignTemplate401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetCampaignTemplate401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCampaignTemplate401Response {
            error: None,
        }
    }
}
