//! `Campaign2SearchCampaignInfoReviewerType`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/searchCampaignInfo/properties/reviewer/properties/type`.

/// The reviewer's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Campaign2SearchCampaignInfoReviewerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Campaign2SearchCampaignInfoReviewerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Campaign2SearchCampaignInfoReviewerType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            Campaign2SearchCampaignInfoReviewerType::Identity => "IDENTITY",
            Campaign2SearchCampaignInfoReviewerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Campaign2SearchCampaignInfoReviewerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                Campaign2SearchCampaignInfoReviewerType::GovernanceGroup
            }
            "IDENTITY" => Campaign2SearchCampaignInfoReviewerType::Identity,
            other => Campaign2SearchCampaignInfoReviewerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Campaign2SearchCampaignInfoReviewerType);
