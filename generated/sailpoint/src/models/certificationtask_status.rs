//! `CertificationtaskStatus`, from `apis/certification-campaigns/schemas/certificationtask.yaml#/properties/status`.

/// The status of the task.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationtaskStatus {
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

impl CertificationtaskStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationtaskStatus::Queued => "QUEUED",
            CertificationtaskStatus::InProgress => "IN_PROGRESS",
            CertificationtaskStatus::Success => "SUCCESS",
            CertificationtaskStatus::Error => "ERROR",
            CertificationtaskStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationtaskStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => CertificationtaskStatus::Queued,
            "IN_PROGRESS" => CertificationtaskStatus::InProgress,
            "SUCCESS" => CertificationtaskStatus::Success,
            "ERROR" => CertificationtaskStatus::Error,
            other => CertificationtaskStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationtaskStatus);
