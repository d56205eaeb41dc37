//! `DeployresponseCloudStorageStatus`, from `apis/configuration-hub/schemas/deployresponse.yaml#/properties/cloudStorageStatus`.

/// Whether this deploy results file has been transferred to a customer storage location.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeployresponseCloudStorageStatus {
    /// `SYNCED`
    Synced,
    /// `NOT_SYNCED`
    NotSynced,
    /// `SYNC_FAILED`
    SyncFailed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeployresponseCloudStorageStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeployresponseCloudStorageStatus::Synced => "SYNCED",
            DeployresponseCloudStorageStatus::NotSynced => "NOT_SYNCED",
            DeployresponseCloudStorageStatus::SyncFailed => "SYNC_FAILED",
            DeployresponseCloudStorageStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeployresponseCloudStorageStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SYNCED" => DeployresponseCloudStorageStatus::Synced,
            "NOT_SYNCED" => DeployresponseCloudStorageStatus::NotSynced,
            "SYNC_FAILED" => DeployresponseCloudStorageStatus::SyncFailed,
            other => DeployresponseCloudStorageStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeployresponseCloudStorageStatus);
