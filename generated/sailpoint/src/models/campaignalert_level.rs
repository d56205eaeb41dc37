//! `CampaignalertLevel`, from `apis/certification-campaigns/schemas/campaignalert.yaml#/properties/level`.

/// Denotes the level of the message
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignalertLevel {
    /// `ERROR`
    Error,
    /// `WARN`
    Warn,
    /// `INFO`
    Info,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignalertLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignalertLevel::Error => "ERROR",
            CampaignalertLevel::Warn => "WARN",
            CampaignalertLevel::Info => "INFO",
            CampaignalertLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignalertLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ERROR" => CampaignalertLevel::Error,
            "WARN" => CampaignalertLevel::Warn,
            "INFO" => CampaignalertLevel::Info,
            other => CampaignalertLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignalertLevel);
