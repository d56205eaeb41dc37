//! `CampaignactivatedCampaignStatus`, from `apis/triggers/schemas/campaignactivated.yaml#/properties/campaign/properties/status`.

/// The current status of the campaign.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignactivatedCampaignStatus {
    /// `ACTIVE`
    Active,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignactivatedCampaignStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignactivatedCampaignStatus::Active => "ACTIVE",
            CampaignactivatedCampaignStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignactivatedCampaignStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => CampaignactivatedCampaignStatus::Active,
            other => CampaignactivatedCampaignStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignactivatedCampaignStatus);
