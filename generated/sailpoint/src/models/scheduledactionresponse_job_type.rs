//! `ScheduledactionresponseJobType`, from `apis/configuration-hub/schemas/scheduledactionresponse.yaml#/properties/jobType`.

/// Type of the scheduled job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScheduledactionresponseJobType {
    /// `BACKUP`
    Backup,
    /// `CREATE_DRAFT`
    CreateDraft,
    /// `CONFIG_DEPLOY_DRAFT`
    ConfigDeployDraft,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ScheduledactionresponseJobType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ScheduledactionresponseJobType::Backup => "BACKUP",
            ScheduledactionresponseJobType::CreateDraft => "CREATE_DRAFT",
            ScheduledactionresponseJobType::ConfigDeployDraft => "CONFIG_DEPLOY_DRAFT",
            ScheduledactionresponseJobType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ScheduledactionresponseJobType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "BACKUP" => ScheduledactionresponseJobType::Backup,
            "CREATE_DRAFT" => ScheduledactionresponseJobType::CreateDraft,
            "CONFIG_DEPLOY_DRAFT" => ScheduledactionresponseJobType::ConfigDeployDraft,
            other => ScheduledactionresponseJobType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ScheduledactionresponseJobType);
