//! `UpdateCampaign429Response`, from `beta/paths/campaign.yaml#/patch`.

/// `UpdateCampaign429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateCampaign429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateCampaign429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateCampaign429Response {
            message: None,
        }
    }
}
