//! `Lifecycleprovisioningstatus`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleprovisioningstatus.yaml`.

/// Provisioning execution status for the downstream workflow window.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lifecycleprovisioningstatus {
    /// `NOT_STARTED`
    NotStarted,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Lifecycleprovisioningstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lifecycleprovisioningstatus::NotStarted => "NOT_STARTED",
            Lifecycleprovisioningstatus::InProgress => "IN_PROGRESS",
            Lifecycleprovisioningstatus::Completed => "COMPLETED",
            Lifecycleprovisioningstatus::Failed => "FAILED",
            Lifecycleprovisioningstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Lifecycleprovisioningstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NOT_STARTED" => Lifecycleprovisioningstatus::NotStarted,
            "IN_PROGRESS" => Lifecycleprovisioningstatus::InProgress,
            "COMPLETED" => Lifecycleprovisioningstatus::Completed,
            "FAILED" => Lifecycleprovisioningstatus::Failed,
            other => Lifecycleprovisioningstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Lifecycleprovisioningstatus);
