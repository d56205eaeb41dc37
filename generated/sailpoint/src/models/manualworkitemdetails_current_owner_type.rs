//! `ManualworkitemdetailsCurrentOwnerType`, from `apis/access-requests/schemas/manualworkitemdetails.yaml#/properties/currentOwner/properties/type`.

/// DTO type of current work item owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManualworkitemdetailsCurrentOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManualworkitemdetailsCurrentOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManualworkitemdetailsCurrentOwnerType::GovernanceGroup => "GOVERNANCE_GROUP",
            ManualworkitemdetailsCurrentOwnerType::Identity => "IDENTITY",
            ManualworkitemdetailsCurrentOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManualworkitemdetailsCurrentOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => ManualworkitemdetailsCurrentOwnerType::GovernanceGroup,
            "IDENTITY" => ManualworkitemdetailsCurrentOwnerType::Identity,
            other => ManualworkitemdetailsCurrentOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManualworkitemdetailsCurrentOwnerType);
