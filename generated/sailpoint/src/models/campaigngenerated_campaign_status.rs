//! `CampaigngeneratedCampaignStatus`, from `apis/triggers/schemas/campaigngenerated.yaml#/properties/campaign/properties/status`.

/// The current status of the campaign.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaigngeneratedCampaignStatus {
    /// `STAGED`
    Staged,
    /// `ACTIVATING`
    Activating,
    /// `ACTIVE`
    Active,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaigngeneratedCampaignStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaigngeneratedCampaignStatus::Staged => "STAGED",
            CampaigngeneratedCampaignStatus::Activating => "ACTIVATING",
            CampaigngeneratedCampaignStatus::Active => "ACTIVE",
            CampaigngeneratedCampaignStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaigngeneratedCampaignStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STAGED" => CampaigngeneratedCampaignStatus::Staged,
            "ACTIVATING" => CampaigngeneratedCampaignStatus::Activating,
            "ACTIVE" => CampaigngeneratedCampaignStatus::Active,
            other => CampaigngeneratedCampaignStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaigngeneratedCampaignStatus);
