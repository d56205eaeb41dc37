//! `Nonemployeeidentitydtotype`, from `apis/non-employee-lifecycle-management/schemas/nonemployeeidentitydtotype.yaml`.

/// Identifies if the identity is a normal identity or a governance group
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Nonemployeeidentitydtotype {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Nonemployeeidentitydtotype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Nonemployeeidentitydtotype::GovernanceGroup => "GOVERNANCE_GROUP",
            Nonemployeeidentitydtotype::Identity => "IDENTITY",
            Nonemployeeidentitydtotype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Nonemployeeidentitydtotype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Nonemployeeidentitydtotype::GovernanceGroup,
            "IDENTITY" => Nonemployeeidentitydtotype::Identity,
            other => Nonemployeeidentitydtotype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Nonemployeeidentitydtotype);
