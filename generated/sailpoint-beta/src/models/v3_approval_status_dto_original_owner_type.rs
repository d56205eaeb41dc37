//! `V3ApprovalStatusDtoOriginalOwnerType`, from `v3/schemas/ApprovalStatusDto.yaml#/properties/originalOwner/properties/type`.

/// DTO type of original approval owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3ApprovalStatusDtoOriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3ApprovalStatusDtoOriginalOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3ApprovalStatusDtoOriginalOwnerType::GovernanceGroup => "GOVERNANCE_GROUP",
            V3ApprovalStatusDtoOriginalOwnerType::Identity => "IDENTITY",
            V3ApprovalStatusDtoOriginalOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3ApprovalStatusDtoOriginalOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => V3ApprovalStatusDtoOriginalOwnerType::GovernanceGroup,
            "IDENTITY" => V3ApprovalStatusDtoOriginalOwnerType::Identity,
            other => V3ApprovalStatusDtoOriginalOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3ApprovalStatusDtoOriginalOwnerType);
