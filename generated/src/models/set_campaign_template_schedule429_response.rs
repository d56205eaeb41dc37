//! `SetCampaignTemplateSchedule429Response`, from `beta/paths/campaign-template-schedule.yaml#/put`.

/// `SetCampaignTemplateSchedule429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetCampaignTemplateSchedule429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SetCampaignTemplateSchedule429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetCampaignTemplateSchedule429Response {
            message: None,
        }
    }
}
