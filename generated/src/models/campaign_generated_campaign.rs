//! `CampaignGeneratedCampaign`, from `beta/schemas/trigger/example-input/CampaignGenerated.yaml#/properties/campaign`.

use crate::models::{
    CampaignGeneratedCampaignCampaignOwner, CampaignGeneratedCampaignStatus,
    CampaignGeneratedCampaignType,
};

/// Details about the campaign that was generated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CampaignGeneratedCampaign {
    /// Campaign's unique ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Campaign's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Campaign's extended description.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// Date and time when the campaign was created.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
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
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CampaignGeneratedCampaignType>,
    /// Identity who owns the campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "campaignOwner", default, skip_serializing_if = "Option::is_none")]
    pub campaign_owner: Option<CampaignGeneratedCampaignCampaignOwner>,
    /// Campaign's current status.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CampaignGeneratedCampaignStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            created: Some(created),
            modified: None,
            deadline: None,
            r#type: Some(r#type),
            campaign_owner: Some(campaign_owner),
            status: Some(status),
            additional_properties: Default::default(),
        }
    }
}
