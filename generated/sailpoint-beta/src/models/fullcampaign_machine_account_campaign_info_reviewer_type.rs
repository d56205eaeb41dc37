//! `FullcampaignMachineAccountCampaignInfoReviewerType`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/machineAccountCampaignInfo/properties/reviewerType`.

/// The reviewer's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignMachineAccountCampaignInfoReviewerType {
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignMachineAccountCampaignInfoReviewerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignMachineAccountCampaignInfoReviewerType::AccountOwner => {
                "ACCOUNT_OWNER"
            }
            FullcampaignMachineAccountCampaignInfoReviewerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullcampaignMachineAccountCampaignInfoReviewerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_OWNER" => {
                FullcampaignMachineAccountCampaignInfoReviewerType::AccountOwner
            }
            other => {
                FullcampaignMachineAccountCampaignInfoReviewerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(FullcampaignMachineAccountCampaignInfoReviewerType);
