//! `ManualworkitemdetailsOriginalOwnerType`, from `apis/access-requests/schemas/manualworkitemdetails.yaml#/properties/originalOwner/properties/type`.

/// DTO type of original work item owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManualworkitemdetailsOriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManualworkitemdetailsOriginalOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManualworkitemdetailsOriginalOwnerType::GovernanceGroup => "GOVERNANCE_GROUP",
            ManualworkitemdetailsOriginalOwnerType::Identity => "IDENTITY",
            ManualworkitemdetailsOriginalOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManualworkitemdetailsOriginalOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => ManualworkitemdetailsOriginalOwnerType::GovernanceGroup,
            "IDENTITY" => ManualworkitemdetailsOriginalOwnerType::Identity,
            other => ManualworkitemdetailsOriginalOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManualworkitemdetailsOriginalOwnerType);
