//! `FullcampaignRoleCompositionCampaignInfoReviewerType`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/roleCompositionCampaignInfo/properties/reviewer/properties/type`.

/// The reviewer's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignRoleCompositionCampaignInfoReviewerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignRoleCompositionCampaignInfoReviewerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignRoleCompositionCampaignInfoReviewerType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            FullcampaignRoleCompositionCampaignInfoReviewerType::Identity => "IDENTITY",
            FullcampaignRoleCompositionCampaignInfoReviewerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullcampaignRoleCompositionCampaignInfoReviewerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                FullcampaignRoleCompositionCampaignInfoReviewerType::GovernanceGroup
            }
            "IDENTITY" => FullcampaignRoleCompositionCampaignInfoReviewerType::Identity,
            other => {
                FullcampaignRoleCompositionCampaignInfoReviewerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(FullcampaignRoleCompositionCampaignInfoReviewerType);
