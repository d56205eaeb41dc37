//! `CampaignGeneratedCampaign`, from `beta/schemas/trigger/example-input/CampaignGenerated.yaml#/properties/campaign`.

use crate::models::{
    CampaignGeneratedCampaignCampaignOwner, CampaignGeneratedCampaignStatus,
    CampaignGeneratedCampaignType,
};

/// Details about the campaign that was generated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignGeneratedCampaign {
    /// Campaign's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Campaign's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Campaign's extended description.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Date and time when the campaign was created.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// Date and time when the campaign was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub modified: Option<String>,
    /// Date and time when the campaign must be finished.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub deadline: Option<String>,
    /// Campaign's type.
    pub r#type: CampaignGeneratedCampaignType,
    /// Identity who owns the campaign.
    #[serde(rename = "campaignOwner")]
    pub campaign_owner: CampaignGeneratedCampaignCampaignOwner,
    /// Campaign's current status.
    pub status: CampaignGeneratedCampaignStatus,
}

impl CampaignGeneratedCampaign {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        r#type: CampaignGeneratedCampaignType,
        campaign_owner: CampaignGeneratedCampaignCampaignOwner,
        status: CampaignGeneratedCampaignStatus,
    ) -> Self {
        CampaignGeneratedCampaign {
            id: id.into(),
            name: name.into(),
            description: description.into(),
            created,
            modified: None,
            deadline: None,
            r#type,
            campaign_owner,
            status,
        }
    }
}
