//! `CampaignActivatedCampaign`, from `beta/schemas/trigger/example-input/CampaignActivated.yaml#/properties/campaign`.

use crate::models::{
    CampaignActivatedCampaignCampaignOwner, CampaignActivatedCampaignStatus,
    CampaignActivatedCampaignType,
};

/// Details about the certification campaign that was activated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignActivatedCampaign {
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
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Date and time when the campaign is due.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub deadline: chrono::DateTime<chrono::Utc>,
    /// Campaign's type.
    pub r#type: CampaignActivatedCampaignType,
    /// Details of the identity who owns the campaign.
    #[serde(rename = "campaignOwner")]
    pub campaign_owner: CampaignActivatedCampaignCampaignOwner,
    /// Campaign's current status.
    pub status: CampaignActivatedCampaignStatus,
}

impl CampaignActivatedCampaign {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        deadline: chrono::DateTime<chrono::Utc>,
        r#type: CampaignActivatedCampaignType,
        campaign_owner: CampaignActivatedCampaignCampaignOwner,
        status: CampaignActivatedCampaignStatus,
    ) -> Self {
        CampaignActivatedCampaign {
            id: id.into(),
            name: name.into(),
            description: description.into(),
            created,
            modified: None,
            deadline,
            r#type,
            campaign_owner,
            status,
        }
    }
}
