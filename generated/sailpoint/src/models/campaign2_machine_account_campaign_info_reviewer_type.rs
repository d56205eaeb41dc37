//! `Campaign2MachineAccountCampaignInfoReviewerType`, from `apis/certification-campaigns/schemas/campaign-2.yaml#/allOf/1/properties/machineAccountCampaignInfo/properties/reviewerType`.

/// The reviewer's type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Campaign2MachineAccountCampaignInfoReviewerType {
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Campaign2MachineAccountCampaignInfoReviewerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Campaign2MachineAccountCampaignInfoReviewerType::AccountOwner => {
                "ACCOUNT_OWNER"
            }
            Campaign2MachineAccountCampaignInfoReviewerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Campaign2MachineAccountCampaignInfoReviewerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_OWNER" => {
                Campaign2MachineAccountCampaignInfoReviewerType::AccountOwner
            }
            other => {
                Campaign2MachineAccountCampaignInfoReviewerType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(Campaign2MachineAccountCampaignInfoReviewerType);
