//! `ReassigninputAssigneeType`, from `apis/sod-violations/schemas/reassigninput.yaml#/properties/assigneeType`.

/// The type of assignee receiving the violation.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReassigninputAssigneeType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReassigninputAssigneeType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReassigninputAssigneeType::Identity => "IDENTITY",
            ReassigninputAssigneeType::GovernanceGroup => "GOVERNANCE_GROUP",
            ReassigninputAssigneeType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReassigninputAssigneeType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ReassigninputAssigneeType::Identity,
            "GOVERNANCE_GROUP" => ReassigninputAssigneeType::GovernanceGroup,
            other => ReassigninputAssigneeType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReassigninputAssigneeType);
