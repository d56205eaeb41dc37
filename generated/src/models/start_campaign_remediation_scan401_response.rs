//! `StartCampaignRemediationScan401Response`, from `beta/paths/campaign-run-remediation-scan.yaml#/post`.

/// `StartCampaignRemediationScan401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartCampaignRemediationScan401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl StartCampaignRemediationScan401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        StartCampaignRemediationScan401Response {
            error: None,
        }
    }
}
