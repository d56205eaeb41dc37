//! `GetCampaignReports401Response`, from `beta/paths/campaign-reports.yaml#/get`.
/// `GetCampaignReports401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCampaignReports401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetCampaignReports401Response {
    /// A `GetCampaignReports401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetCampaignReports401Response {
            error: None,
        }
    }
}
