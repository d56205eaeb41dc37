//! `DeleteCampaigns401Response`, from `beta/paths/campaigns-delete.yaml#/post`.

/// `DeleteCampaigns401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteCampaigns401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteCampaigns401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteCampaigns401Response {
            error: None,
        }
    }
}
