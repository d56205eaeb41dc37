//! `PatchCampaignTemplate401Response`, from `beta/paths/campaign-template.yaml#/patch`.
/// `PatchCampaignTemplate401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PatchCampaignTemplate401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl PatchCampaignTemplate401Response {
    /// A `PatchCampaignTemplate401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        PatchCampaignTemplate401Response {
            error: None,
        }
    }
}
