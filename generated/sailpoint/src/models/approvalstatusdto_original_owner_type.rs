//! `ApprovalstatusdtoOriginalOwnerType`, from `apis/access-requests/schemas/approvalstatusdto.yaml#/properties/originalOwner/properties/type`.

/// DTO type of original approval owner's identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalstatusdtoOriginalOwnerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalstatusdtoOriginalOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalstatusdtoOriginalOwnerType::GovernanceGroup => "GOVERNANCE_GROUP",
            ApprovalstatusdtoOriginalOwnerType::Identity => "IDENTITY",
            ApprovalstatusdtoOriginalOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalstatusdtoOriginalOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => ApprovalstatusdtoOriginalOwnerType::GovernanceGroup,
            "IDENTITY" => ApprovalstatusdtoOriginalOwnerType::Identity,
            other => ApprovalstatusdtoOriginalOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalstatusdtoOriginalOwnerType);
