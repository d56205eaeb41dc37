//! `FullcampaignSearchCampaignInfoReviewerType`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/searchCampaignInfo/properties/reviewer/properties/type`.

/// The reviewer's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignSearchCampaignInfoReviewerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignSearchCampaignInfoReviewerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignSearchCampaignInfoReviewerType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            FullcampaignSearchCampaignInfoReviewerType::Identity => "IDENTITY",
            FullcampaignSearchCampaignInfoReviewerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullcampaignSearchCampaignInfoReviewerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                FullcampaignSearchCampaignInfoReviewerType::GovernanceGroup
            }
            "IDENTITY" => FullcampaignSearchCampaignInfoReviewerType::Identity,
            other => {
                FullcampaignSearchCampaignInfoReviewerType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(FullcampaignSearchCampaignInfoReviewerType);
