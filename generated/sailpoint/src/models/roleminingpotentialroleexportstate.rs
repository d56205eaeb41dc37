//! `Roleminingpotentialroleexportstate`, from `apis/iai-role-mining/schemas/roleminingpotentialroleexportstate.yaml`.

/// `Roleminingpotentialroleexportstate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Roleminingpotentialroleexportstate {
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

impl Roleminingpotentialroleexportstate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Roleminingpotentialroleexportstate::Queued => "QUEUED",
            Roleminingpotentialroleexportstate::InProgress => "IN_PROGRESS",
            Roleminingpotentialroleexportstate::Success => "SUCCESS",
            Roleminingpotentialroleexportstate::Error => "ERROR",
            Roleminingpotentialroleexportstate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Roleminingpotentialroleexportstate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => Roleminingpotentialroleexportstate::Queued,
            "IN_PROGRESS" => Roleminingpotentialroleexportstate::InProgress,
            "SUCCESS" => Roleminingpotentialroleexportstate::Success,
            "ERROR" => Roleminingpotentialroleexportstate::Error,
            other => Roleminingpotentialroleexportstate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Roleminingpotentialroleexportstate);
