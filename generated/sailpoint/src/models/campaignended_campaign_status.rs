//! `CampaignendedCampaignStatus`, from `apis/triggers/schemas/campaignended.yaml#/properties/campaign/properties/status`.

/// The current status of the campaign.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignendedCampaignStatus {
    /// `COMPLETED`
    Completed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignendedCampaignStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignendedCampaignStatus::Completed => "COMPLETED",
            CampaignendedCampaignStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignendedCampaignStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COMPLETED" => CampaignendedCampaignStatus::Completed,
            other => CampaignendedCampaignStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignendedCampaignStatus);
