//! `BackupresponseHydrationStatus`, from `apis/configuration-hub/schemas/backupresponse.yaml#/properties/hydrationStatus`.

/// Whether the object details of this backup are ready.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupresponseHydrationStatus {
    /// `HYDRATED`
    Hydrated,
    /// `NOT_HYDRATED`
    NotHydrated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BackupresponseHydrationStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BackupresponseHydrationStatus::Hydrated => "HYDRATED",
            BackupresponseHydrationStatus::NotHydrated => "NOT_HYDRATED",
            BackupresponseHydrationStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for BackupresponseHydrationStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HYDRATED" => BackupresponseHydrationStatus::Hydrated,
            "NOT_HYDRATED" => BackupresponseHydrationStatus::NotHydrated,
            other => BackupresponseHydrationStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BackupresponseHydrationStatus);
