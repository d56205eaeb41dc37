//! `CampaignActivatedCampaignStatus`, from `beta/schemas/trigger/example-input/CampaignActivated.yaml#/properties/campaign/properties/status`.

/// Campaign's current status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignActivatedCampaignStatus {
    /// `ACTIVE`
    Active,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignActivatedCampaignStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignActivatedCampaignStatus::Active => "ACTIVE",
            CampaignActivatedCampaignStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignActivatedCampaignStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => CampaignActivatedCampaignStatus::Active,
            other => CampaignActivatedCampaignStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignActivatedCampaignStatus);
