//! `IdentitysyncjobStatus`, from `apis/identities/schemas/identitysyncjob.yaml#/properties/status`.

/// The job status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentitysyncjobStatus {
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

impl IdentitysyncjobStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentitysyncjobStatus::Queued => "QUEUED",
            IdentitysyncjobStatus::InProgress => "IN_PROGRESS",
            IdentitysyncjobStatus::Success => "SUCCESS",
            IdentitysyncjobStatus::Error => "ERROR",
            IdentitysyncjobStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentitysyncjobStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => IdentitysyncjobStatus::Queued,
            "IN_PROGRESS" => IdentitysyncjobStatus::InProgress,
            "SUCCESS" => IdentitysyncjobStatus::Success,
            "ERROR" => IdentitysyncjobStatus::Error,
            other => IdentitysyncjobStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentitysyncjobStatus);
