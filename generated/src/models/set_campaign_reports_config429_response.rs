//! `SetCampaignReportsConfig429Response`, from `beta/paths/campaign-reports-configuration.yaml#/put`.
/// `SetCampaignReportsConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetCampaignReportsConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl SetCampaignReportsConfig429Response {
    /// A `SetCampaignReportsConfig429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        SetCampaignReportsConfig429Response {
            message: None,
        }
    }
}
