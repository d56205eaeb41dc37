//! `CampaignEndedCampaignStatus`, from `beta/schemas/trigger/example-input/CampaignEnded.yaml#/properties/campaign/properties/status`.

/// Campaign's current status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignEndedCampaignStatus {
    /// `COMPLETED`
    Completed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignEndedCampaignStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignEndedCampaignStatus::Completed => "COMPLETED",
            CampaignEndedCampaignStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignEndedCampaignStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COMPLETED" => CampaignEndedCampaignStatus::Completed,
            other => CampaignEndedCampaignStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignEndedCampaignStatus);
