//! `BackupresponseCloudStorageStatus`, from `apis/configuration-hub/schemas/backupresponse.yaml#/properties/cloudStorageStatus`.

/// Whether this backup has been transferred to a customer storage location.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupresponseCloudStorageStatus {
    /// `SYNCED`
    Synced,
    /// `NOT_SYNCED`
    NotSynced,
    /// `SYNC_FAILED`
    SyncFailed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BackupresponseCloudStorageStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BackupresponseCloudStorageStatus::Synced => "SYNCED",
            BackupresponseCloudStorageStatus::NotSynced => "NOT_SYNCED",
            BackupresponseCloudStorageStatus::SyncFailed => "SYNC_FAILED",
            BackupresponseCloudStorageStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for BackupresponseCloudStorageStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SYNCED" => BackupresponseCloudStorageStatus::Synced,
            "NOT_SYNCED" => BackupresponseCloudStorageStatus::NotSynced,
            "SYNC_FAILED" => BackupresponseCloudStorageStatus::SyncFailed,
            other => BackupresponseCloudStorageStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BackupresponseCloudStorageStatus);
