//! `PendingapprovalOwnerType`, from `apis/access-request-approvals/schemas/pendingapproval.yaml#/properties/owner/properties/type`.

/// Access item owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PendingapprovalOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PendingapprovalOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PendingapprovalOwnerType::Identity => "IDENTITY",
            PendingapprovalOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for PendingapprovalOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => PendingapprovalOwnerType::Identity,
            other => PendingapprovalOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PendingapprovalOwnerType);
