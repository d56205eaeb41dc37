//! `SetCampaignReportsConfig401Response`, from `beta/paths/campaign-reports-configuration.yaml#/put`.

/// `SetCampaignReportsConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetCampaignReportsConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SetCampaignReportsConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetCampaignReportsConfig401Response {
            error: None,
        }
    }
}
