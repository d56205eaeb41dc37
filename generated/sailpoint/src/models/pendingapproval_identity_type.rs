//! `PendingapprovalIdentityType`, from `apis/access-request-approvals/schemas/pendingapproval.yaml#/properties/identityType`.

/// Type of identity the access was requested for. Requests without a stored identity type are returned as `HUMAN`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PendingapprovalIdentityType {
    /// `HUMAN`
    Human,
    /// `MACHINE`
    Machine,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PendingapprovalIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PendingapprovalIdentityType::Human => "HUMAN",
            PendingapprovalIdentityType::Machine => "MACHINE",
            PendingapprovalIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for PendingapprovalIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HUMAN" => PendingapprovalIdentityType::Human,
            "MACHINE" => PendingapprovalIdentityType::Machine,
            other => PendingapprovalIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PendingapprovalIdentityType);
