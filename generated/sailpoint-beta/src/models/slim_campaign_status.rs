//! `SlimCampaignStatus`, from `beta/schemas/SlimCampaign.yaml#/properties/status`.

/// The campaign's current status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SlimCampaignStatus {
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

impl SlimCampaignStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SlimCampaignStatus::Pending => "PENDING",
            SlimCampaignStatus::Staged => "STAGED",
            SlimCampaignStatus::Canceling => "CANCELING",
            SlimCampaignStatus::Activating => "ACTIVATING",
            SlimCampaignStatus::Active => "ACTIVE",
            SlimCampaignStatus::Completing => "COMPLETING",
            SlimCampaignStatus::Completed => "COMPLETED",
            SlimCampaignStatus::Error => "ERROR",
            SlimCampaignStatus::Archived => "ARCHIVED",
            SlimCampaignStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SlimCampaignStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => SlimCampaignStatus::Pending,
            "STAGED" => SlimCampaignStatus::Staged,
            "CANCELING" => SlimCampaignStatus::Canceling,
            "ACTIVATING" => SlimCampaignStatus::Activating,
            "ACTIVE" => SlimCampaignStatus::Active,
            "COMPLETING" => SlimCampaignStatus::Completing,
            "COMPLETED" => SlimCampaignStatus::Completed,
            "ERROR" => SlimCampaignStatus::Error,
            "ARCHIVED" => SlimCampaignStatus::Archived,
            other => SlimCampaignStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SlimCampaignStatus);
