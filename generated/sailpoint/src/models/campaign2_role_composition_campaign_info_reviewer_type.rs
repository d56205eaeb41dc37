//! `Campaign2RoleCompositionCampaignInfoReviewerType`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/roleCompositionCampaignInfo/properties/reviewer/properties/type`.

/// The reviewer's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Campaign2RoleCompositionCampaignInfoReviewerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Campaign2RoleCompositionCampaignInfoReviewerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Campaign2RoleCompositionCampaignInfoReviewerType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            Campaign2RoleCompositionCampaignInfoReviewerType::Identity => "IDENTITY",
            Campaign2RoleCompositionCampaignInfoReviewerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Campaign2RoleCompositionCampaignInfoReviewerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                Campaign2RoleCompositionCampaignInfoReviewerType::GovernanceGroup
            }
            "IDENTITY" => Campaign2RoleCompositionCampaignInfoReviewerType::Identity,
            other => {
                Campaign2RoleCompositionCampaignInfoReviewerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(Campaign2RoleCompositionCampaignInfoReviewerType);
