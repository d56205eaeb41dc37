//! `CampaignGeneratedCampaignStatus`, from `beta/schemas/trigger/example-input/CampaignGenerated.yaml#/properties/campaign/properties/status`.

/// Campaign's current status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignGeneratedCampaignStatus {
    /// `STAGED`
    Staged,
    /// `ACTIVATING`
    Activating,
    /// `ACTIVE`
    Active,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignGeneratedCampaignStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignGeneratedCampaignStatus::Staged => "STAGED",
            CampaignGeneratedCampaignStatus::Activating => "ACTIVATING",
            CampaignGeneratedCampaignStatus::Active => "ACTIVE",
            CampaignGeneratedCampaignStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignGeneratedCampaignStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STAGED" => CampaignGeneratedCampaignStatus::Staged,
            "ACTIVATING" => CampaignGeneratedCampaignStatus::Activating,
            "ACTIVE" => CampaignGeneratedCampaignStatus::Active,
            other => CampaignGeneratedCampaignStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignGeneratedCampaignStatus);
