//! `CampaignReference`, from `v3/schemas/CampaignReference.yaml`.

use crate::models::{
    CampaignReferenceCampaignType, CampaignReferenceCorrelatedStatus,
    CampaignReferenceMandatoryCommentRequirement, CampaignReferenceType,
};

/// `CampaignReference` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CampaignReference {
    /// The unique ID of the campaign.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The name of the campaign.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The type of object that is being referenced.
    pub r#type: CampaignReferenceType,
    /// The type of the campaign.
    #[serde(rename = "campaignType")]
    pub campaign_type: CampaignReferenceCampaignType,
    /// The description of the campaign set by the admin who created it.
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub description: Option<String>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    #[serde(rename = "correlatedStatus")]
    pub correlated_status: CampaignReferenceCorrelatedStatus,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    #[serde(rename = "mandatoryCommentRequirement")]
    pub mandatory_comment_requirement: CampaignReferenceMandatoryCommentRequirement,
}

impl CampaignReference {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: CampaignReferenceType,
        campaign_type: CampaignReferenceCampaignType,
        correlated_status: CampaignReferenceCorrelatedStatus,
        mandatory_comment_requirement: CampaignReferenceMandatoryCommentRequirement,
    ) -> Self {
        CampaignReference {
            id: id.into(),
            name: name.into(),
            r#type,
            campaign_type,
            description: None,
            correlated_status,
            mandatory_comment_requirement,
        }
    }
}
