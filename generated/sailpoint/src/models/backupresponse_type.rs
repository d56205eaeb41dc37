//! `BackupresponseType`, from `apis/configuration-hub/schemas/backupresponse.yaml#/properties/type`.

/// Type of the job, will always be BACKUP for this type of job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupresponseType {
    /// `BACKUP`
    Backup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BackupresponseType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BackupresponseType::Backup => "BACKUP",
            BackupresponseType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BackupresponseType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "BACKUP" => BackupresponseType::Backup,
            other => BackupresponseType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BackupresponseType);
