//! `ReviewerType`, from `apis/certifications/schemas/reviewer.yaml#/properties/type`.

/// The type of the reviewing identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReviewerType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReviewerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReviewerType::Identity => "IDENTITY",
            ReviewerType::GovernanceGroup => "GOVERNANCE_GROUP",
            ReviewerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReviewerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ReviewerType::Identity,
            "GOVERNANCE_GROUP" => ReviewerType::GovernanceGroup,
            other => ReviewerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReviewerType);
