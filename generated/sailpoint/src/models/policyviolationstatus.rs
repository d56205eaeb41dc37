//! `Policyviolationstatus`, from `apis/sod-violations/schemas/policyviolationstatus.yaml`.

/// The current status of a policy violation.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Policyviolationstatus {
    /// `Open`
    Open,
    /// `Mitigated`
    Mitigated,
    /// `Remediated`
    Remediated,
    /// `Closed`
    Closed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Policyviolationstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Policyviolationstatus::Open => "Open",
            Policyviolationstatus::Mitigated => "Mitigated",
            Policyviolationstatus::Remediated => "Remediated",
            Policyviolationstatus::Closed => "Closed",
            Policyviolationstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Policyviolationstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Open" => Policyviolationstatus::Open,
            "Mitigated" => Policyviolationstatus::Mitigated,
            "Remediated" => Policyviolationstatus::Remediated,
            "Closed" => Policyviolationstatus::Closed,
            other => Policyviolationstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Policyviolationstatus);
