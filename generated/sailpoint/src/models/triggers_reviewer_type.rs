//! `TriggersReviewerType`, from `apis/triggers/schemas/reviewer.yaml#/properties/type`.

/// The type of the reviewing identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TriggersReviewerType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TriggersReviewerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TriggersReviewerType::Identity => "IDENTITY",
            TriggersReviewerType::GovernanceGroup => "GOVERNANCE_GROUP",
            TriggersReviewerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TriggersReviewerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => TriggersReviewerType::Identity,
            "GOVERNANCE_GROUP" => TriggersReviewerType::GovernanceGroup,
            other => TriggersReviewerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TriggersReviewerType);
