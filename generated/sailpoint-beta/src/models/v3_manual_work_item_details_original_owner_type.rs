//! `V3ManualWorkItemDetailsOriginalOwnerType`, from `v3/schemas/ManualWorkItemDetails.yaml#/properties/originalOwner/properties/type`.

/// DTO type of original work item owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3ManualWorkItemDetailsOriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3ManualWorkItemDetailsOriginalOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3ManualWorkItemDetailsOriginalOwnerType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            V3ManualWorkItemDetailsOriginalOwnerType::Identity => "IDENTITY",
            V3ManualWorkItemDetailsOriginalOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3ManualWorkItemDetailsOriginalOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                V3ManualWorkItemDetailsOriginalOwnerType::GovernanceGroup
            }
            "IDENTITY" => V3ManualWorkItemDetailsOriginalOwnerType::Identity,
            other => V3ManualWorkItemDetailsOriginalOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3ManualWorkItemDetailsOriginalOwnerType);
