//! `DeleteCampaignTemplateSchedule429Response`, from `beta/paths/campaign-template-schedule.yaml#/delete`.

/// `DeleteCampaignTemplateSchedule429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteCampaignTemplateSchedule429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl DeleteCampaignTemplateSchedule429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteCampaignTemplateSchedule429Response {
            message: None,
        }
    }
}
