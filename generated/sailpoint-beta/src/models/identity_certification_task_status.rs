//! `IdentityCertificationTaskStatus`, from `beta/schemas/IdentityCertificationTask.yaml#/properties/status`.

/// `IdentityCertificationTaskStatus` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityCertificationTaskStatus {
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

impl IdentityCertificationTaskStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityCertificationTaskStatus::Queued => "QUEUED",
            IdentityCertificationTaskStatus::InProgress => "IN_PROGRESS",
            IdentityCertificationTaskStatus::Success => "SUCCESS",
            IdentityCertificationTaskStatus::Error => "ERROR",
            IdentityCertificationTaskStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityCertificationTaskStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => IdentityCertificationTaskStatus::Queued,
            "IN_PROGRESS" => IdentityCertificationTaskStatus::InProgress,
            "SUCCESS" => IdentityCertificationTaskStatus::Success,
            "ERROR" => IdentityCertificationTaskStatus::Error,
            other => IdentityCertificationTaskStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityCertificationTaskStatus);
