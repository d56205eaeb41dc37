//! `ApprovalStatusDtoOriginalOwnerType`, from `v2024/schemas/ApprovalStatusDto.yaml#/properties/originalOwner/properties/type`.

/// DTO type of original approval owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalStatusDtoOriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalStatusDtoOriginalOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalStatusDtoOriginalOwnerType::GovernanceGroup => "GOVERNANCE_GROUP",
            ApprovalStatusDtoOriginalOwnerType::Identity => "IDENTITY",
            ApprovalStatusDtoOriginalOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalStatusDtoOriginalOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => ApprovalStatusDtoOriginalOwnerType::GovernanceGroup,
            "IDENTITY" => ApprovalStatusDtoOriginalOwnerType::Identity,
            other => ApprovalStatusDtoOriginalOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalStatusDtoOriginalOwnerType);
