//! `ScheduledactionpayloadJobType`, from `apis/configuration-hub/schemas/scheduledactionpayload.yaml#/properties/jobType`.

/// Type of the scheduled job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduledactionpayloadJobType {
    /// `BACKUP`
    Backup,
    /// `CREATE_DRAFT`
    CreateDraft,
    /// `CONFIG_DEPLOY_DRAFT`
    ConfigDeployDraft,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ScheduledactionpayloadJobType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduledactionpayloadJobType::Backup => "BACKUP",
            ScheduledactionpayloadJobType::CreateDraft => "CREATE_DRAFT",
            ScheduledactionpayloadJobType::ConfigDeployDraft => "CONFIG_DEPLOY_DRAFT",
            ScheduledactionpayloadJobType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduledactionpayloadJobType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "BACKUP" => ScheduledactionpayloadJobType::Backup,
            "CREATE_DRAFT" => ScheduledactionpayloadJobType::CreateDraft,
            "CONFIG_DEPLOY_DRAFT" => ScheduledactionpayloadJobType::ConfigDeployDraft,
            other => ScheduledactionpayloadJobType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduledactionpayloadJobType);
