//! `CompleteCampaign429Response`, from `beta/paths/campaign-complete.yaml#/post`.

/// `CompleteCampaign429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CompleteCampaign429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CompleteCampaign429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CompleteCampaign429Response {
            message: None,
        }
    }
}
