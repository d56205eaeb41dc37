//! `DeleteCampaignTemplateSchedule401Response`, from `beta/paths/campaign-template-schedule.yaml#/delete`.

/// `DeleteCampaignTemplateSchedule401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteCampaignTemplateSchedule401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteCampaignTemplateSchedule401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteCampaignTemplateSchedule401Response {
            error: None,
        }
    }
}
