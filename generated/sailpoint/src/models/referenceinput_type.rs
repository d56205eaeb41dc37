//! `ReferenceinputType`, from `apis/sod-controls/schemas/referenceinput.yaml#/properties/type`.

/// The type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReferenceinputType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReferenceinputType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReferenceinputType::Identity => "IDENTITY",
            ReferenceinputType::GovernanceGroup => "GOVERNANCE_GROUP",
            ReferenceinputType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReferenceinputType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ReferenceinputType::Identity,
            "GOVERNANCE_GROUP" => ReferenceinputType::GovernanceGroup,
            other => ReferenceinputType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReferenceinputType);
