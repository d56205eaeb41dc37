//! `CertificationsCertificationtaskStatus`, from `apis/certifications/schemas/certificationtask.yaml#/properties/status`.

/// The status of the task.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationsCertificationtaskStatus {
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

impl CertificationsCertificationtaskStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationsCertificationtaskStatus::Queued => "QUEUED",
            CertificationsCertificationtaskStatus::InProgress => "IN_PROGRESS",
            CertificationsCertificationtaskStatus::Success => "SUCCESS",
            CertificationsCertificationtaskStatus::Error => "ERROR",
            CertificationsCertificationtaskStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationsCertificationtaskStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => CertificationsCertificationtaskStatus::Queued,
            "IN_PROGRESS" => CertificationsCertificationtaskStatus::InProgress,
            "SUCCESS" => CertificationsCertificationtaskStatus::Success,
            "ERROR" => CertificationsCertificationtaskStatus::Error,
            other => CertificationsCertificationtaskStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationsCertificationtaskStatus);
