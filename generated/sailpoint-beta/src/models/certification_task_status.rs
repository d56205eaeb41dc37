//! `CertificationTaskStatus`, from `beta/schemas/CertificationTask.yaml#/properties/status`.

/// The status of the task.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationTaskStatus {
    /// `QUEUED`
    Queued,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationTaskStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationTaskStatus::Queued => "QUEUED",
            CertificationTaskStatus::InProgress => "IN_PROGRESS",
            CertificationTaskStatus::Success => "SUCCESS",
            CertificationTaskStatus::Error => "ERROR",
            CertificationTaskStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationTaskStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => CertificationTaskStatus::Queued,
            "IN_PROGRESS" => CertificationTaskStatus::InProgress,
            "SUCCESS" => CertificationTaskStatus::Success,
            "ERROR" => CertificationTaskStatus::Error,
            other => CertificationTaskStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationTaskStatus);
