//! `FullcampaignRoleCompositionCampaignInfoReviewer`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/roleCompositionCampaignInfo/properties/reviewer`.

use crate::models::FullcampaignRoleCompositionCampaignInfoReviewerType;

/// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FullcampaignRoleCompositionCampaignInfoReviewer {
    /// The reviewer's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FullcampaignRoleCompositionCampaignInfoReviewerType>,
    /// The reviewer's ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The reviewer's name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl FullcampaignRoleCompositionCampaignInfoReviewer {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FullcampaignRoleCompositionCampaignInfoReviewer {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
