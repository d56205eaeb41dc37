//! `ManualWorkItemDetailsOriginalOwnerType`, from `v2024/schemas/ManualWorkItemDetails.yaml#/properties/originalOwner/properties/type`.

/// DTO type of original work item owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManualWorkItemDetailsOriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManualWorkItemDetailsOriginalOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManualWorkItemDetailsOriginalOwnerType::GovernanceGroup => "GOVERNANCE_GROUP",
            ManualWorkItemDetailsOriginalOwnerType::Identity => "IDENTITY",
            ManualWorkItemDetailsOriginalOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManualWorkItemDetailsOriginalOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => ManualWorkItemDetailsOriginalOwnerType::GovernanceGroup,
            "IDENTITY" => ManualWorkItemDetailsOriginalOwnerType::Identity,
            other => ManualWorkItemDetailsOriginalOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManualWorkItemDetailsOriginalOwnerType);
