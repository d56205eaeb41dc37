//! `CampaignActivatedCampaignCampaignOwner`, from `beta/schemas/trigger/example-input/CampaignActivated.yaml#/properties/campaign/properties/campaignOwner`.

/// Details of the identity who owns the campaign.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignActivatedCampaignCampaignOwner {
    /// Identity's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Identity's name.
    #[serde(
        rename = "displayName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub display_name: String,
    /// Identity's primary email address.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub email: String,
}

impl CampaignActivatedCampaignCampaignOwner {
    /// Builds the value from its required fields.
    pub fn new(
        id: impl Into<String>,
        display_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        CampaignActivatedCampaignCampaignOwner {
            id: id.into(),
            display_name: display_name.into(),
            email: email.into(),
        }
    }
}
