//! `ManualWorkItemDetailsCurrentOwnerType`, from `v2024/schemas/ManualWorkItemDetails.yaml#/properties/currentOwner/properties/type`.

/// DTO type of current work item owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManualWorkItemDetailsCurrentOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManualWorkItemDetailsCurrentOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManualWorkItemDetailsCurrentOwnerType::GovernanceGroup => "GOVERNANCE_GROUP",
            ManualWorkItemDetailsCurrentOwnerType::Identity => "IDENTITY",
            ManualWorkItemDetailsCurrentOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManualWorkItemDetailsCurrentOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => ManualWorkItemDetailsCurrentOwnerType::GovernanceGroup,
            "IDENTITY" => ManualWorkItemDetailsCurrentOwnerType::Identity,
            other => ManualWorkItemDetailsCurrentOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManualWorkItemDetailsCurrentOwnerType);
