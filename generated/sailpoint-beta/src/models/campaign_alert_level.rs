//! `CampaignAlertLevel`, from `beta/schemas/CampaignAlert.yaml#/properties/level`.

/// Denotes the level of the message
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignAlertLevel {
    /// `ERROR`
    Error,
    /// `WARN`
    Warn,
    /// `INFO`
    Info,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignAlertLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignAlertLevel::Error => "ERROR",
            CampaignAlertLevel::Warn => "WARN",
            CampaignAlertLevel::Info => "INFO",
            CampaignAlertLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignAlertLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ERROR" => CampaignAlertLevel::Error,
            "WARN" => CampaignAlertLevel::Warn,
            "INFO" => CampaignAlertLevel::Info,
            other => CampaignAlertLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignAlertLevel);
