//! `CreateCampaign429Response`, from `beta/paths/campaigns.yaml#/post`.

/// `CreateCampaign429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCampaign429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateCampaign429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateCampaign429Response {
            message: None,
        }
    }
}
