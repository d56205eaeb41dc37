//! `GetCampaignTemplateSchedule429Response`, from `beta/paths/campaign-template-schedule.yaml#/get`.

/// `GetCampaignTemplateSchedule429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCampaignTemplateSchedule429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetCampaignTemplateSchedule429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCampaignTemplateSchedule429Response {
            message: None,
        }
    }
}
