//! `Executionstatus`, from `apis/account-activities/schemas/executionstatus.yaml`.

/// The current state of execution.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Executionstatus {
    /// `EXECUTING`
    Executing,
    /// `VERIFYING`
    Verifying,
    /// `TERMINATED`
    Terminated,
    /// `COMPLETED`
    Completed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Executionstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Executionstatus::Executing => "EXECUTING",
            Executionstatus::Verifying => "VERIFYING",
            Executionstatus::Terminated => "TERMINATED",
            Executionstatus::Completed => "COMPLETED",
            Executionstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Executionstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXECUTING" => Executionstatus::Executing,
            "VERIFYING" => Executionstatus::Verifying,
            "TERMINATED" => Executionstatus::Terminated,
            "COMPLETED" => Executionstatus::Completed,
            other => Executionstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Executionstatus);
