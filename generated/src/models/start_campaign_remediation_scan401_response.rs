//! `StartCampaignRemediationScan401Response`, from `beta/paths/campaign-run-remediation-scan.yaml#/post`.
/// `StartCampaignRemediationScan401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartCampaignRemediationScan401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl StartCampaignRemediationScan401Response {
    /// A `StartCampaignRemediationScan401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        StartCampaignRemediationScan401Response {
            error: None,
        }
    }
}
