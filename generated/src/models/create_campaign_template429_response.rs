//! `CreateCampaignTemplate429Response`, from `beta/paths/campaign-templates.yaml#/post`.
/// `CreateCampaignTemplate429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCampaignTemplate429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl CreateCampaignTemplate429Response {
    /// A `CreateCampaignTemplate429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        CreateCampaignTemplate429Response {
            message: None,
        }
    }
}
