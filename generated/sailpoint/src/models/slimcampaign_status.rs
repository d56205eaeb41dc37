//! `SlimcampaignStatus`, from `apis/certification-campaigns/schemas/slimcampaign.yaml#/properties/status`.

/// The campaign's current status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SlimcampaignStatus {
    /// `PENDING`
    Pending,
    /// `STAGED`
    Staged,
    /// `CANCELING`
    Canceling,
    /// `ACTIVATING`
    Activating,
    /// `ACTIVE`
    Active,
    /// `COMPLETING`
    Completing,
    /// `COMPLETED`
    Completed,
    /// `ERROR`
    Error,
    /// `ARCHIVED`
    Archived,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SlimcampaignStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SlimcampaignStatus::Pending => "PENDING",
            SlimcampaignStatus::Staged => "STAGED",
            SlimcampaignStatus::Canceling => "CANCELING",
            SlimcampaignStatus::Activating => "ACTIVATING",
            SlimcampaignStatus::Active => "ACTIVE",
            SlimcampaignStatus::Completing => "COMPLETING",
            SlimcampaignStatus::Completed => "COMPLETED",
            SlimcampaignStatus::Error => "ERROR",
            SlimcampaignStatus::Archived => "ARCHIVED",
            SlimcampaignStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SlimcampaignStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => SlimcampaignStatus::Pending,
            "STAGED" => SlimcampaignStatus::Staged,
            "CANCELING" => SlimcampaignStatus::Canceling,
            "ACTIVATING" => SlimcampaignStatus::Activating,
            "ACTIVE" => SlimcampaignStatus::Active,
            "COMPLETING" => SlimcampaignStatus::Completing,
            "COMPLETED" => SlimcampaignStatus::Completed,
            "ERROR" => SlimcampaignStatus::Error,
            "ARCHIVED" => SlimcampaignStatus::Archived,
            other => SlimcampaignStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SlimcampaignStatus);
