//! `Completionstatus`, from `apis/account-activities/schemas/completionstatus.yaml`.

/// The status after completion.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Completionstatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// `INCOMPLETE`
    Incomplete,
    /// `PENDING`
    Pending,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Completionstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Completionstatus::Success => "SUCCESS",
            Completionstatus::Failure => "FAILURE",
            Completionstatus::Incomplete => "INCOMPLETE",
            Completionstatus::Pending => "PENDING",
            Completionstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Completionstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Completionstatus::Success,
            "FAILURE" => Completionstatus::Failure,
            "INCOMPLETE" => Completionstatus::Incomplete,
            "PENDING" => Completionstatus::Pending,
            other => Completionstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Completionstatus);
