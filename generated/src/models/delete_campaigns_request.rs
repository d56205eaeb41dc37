//! `DeleteCampaignsRequest`, from `beta/schemas/DeleteCampaignsRequest.yaml`.

/// `DeleteCampaignsRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteCampaignsRequest {
    /// The ids of the campaigns to delete
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
}

impl DeleteCampaignsRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteCampaignsRequest {
            ids: None,
        }
    }
}
