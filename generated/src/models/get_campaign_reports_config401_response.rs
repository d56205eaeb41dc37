//! `GetCampaignReportsConfig401Response`, from `beta/paths/campaign-reports-configuration.yaml#/get`.

/// `GetCampaignReportsConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCampaignReportsConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetCampaignReportsConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetCampaignReportsConfig401Response {
            error: None,
        }
    }
}
