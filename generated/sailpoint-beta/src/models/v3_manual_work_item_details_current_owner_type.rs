//! `V3ManualWorkItemDetailsCurrentOwnerType`, from `v3/schemas/ManualWorkItemDetails.yaml#/properties/currentOwner/properties/type`.

/// DTO type of current work item owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3ManualWorkItemDetailsCurrentOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3ManualWorkItemDetailsCurrentOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3ManualWorkItemDetailsCurrentOwnerType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            V3ManualWorkItemDetailsCurrentOwnerType::Identity => "IDENTITY",
            V3ManualWorkItemDetailsCurrentOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3ManualWorkItemDetailsCurrentOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                V3ManualWorkItemDetailsCurrentOwnerType::GovernanceGroup
            }
            "IDENTITY" => V3ManualWorkItemDetailsCurrentOwnerType::Identity,
            other => V3ManualWorkItemDetailsCurrentOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3ManualWorkItemDetailsCurrentOwnerType);
