//! `GetActiveCampaigns429Response`, from `beta/paths/campaigns.yaml#/get`.
/// `GetActiveCampaigns429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetActiveCampaigns429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetActiveCampaigns429Response {
    /// A `GetActiveCampaigns429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetActiveCampaigns429Response {
            message: None,
        }
    }
}
