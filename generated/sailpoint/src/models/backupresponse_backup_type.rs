//! `BackupresponseBackupType`, from `apis/configuration-hub/schemas/backupresponse.yaml#/properties/backupType`.

/// Denotes how this backup was created.
/// - MANUAL - The backup was created by a user.
/// - AUTOMATED - The backup was created by devops.
/// - AUTOMATED_DRAFT - The backup was created during a draft process.
/// - UPLOADED - The backup was created by uploading an existing configuration file.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupresponseBackupType {
    /// `UPLOADED`
    Uploaded,
    /// `AUTOMATED`
    Automated,
    /// `MANUAL`
    Manual,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BackupresponseBackupType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BackupresponseBackupType::Uploaded => "UPLOADED",
            BackupresponseBackupType::Automated => "AUTOMATED",
            BackupresponseBackupType::Manual => "MANUAL",
            BackupresponseBackupType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BackupresponseBackupType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "UPLOADED" => BackupresponseBackupType::Uploaded,
            "AUTOMATED" => BackupresponseBackupType::Automated,
            "MANUAL" => BackupresponseBackupType::Manual,
            other => BackupresponseBackupType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BackupresponseBackupType);
