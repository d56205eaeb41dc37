//! `CompletedapprovalIdentityType`, from `apis/access-request-approvals/schemas/completedapproval.yaml#/properties/identityType`.

/// Type of identity the access was requested for. Requests without a stored identity type are returned as `HUMAN`.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompletedapprovalIdentityType {
    /// `HUMAN`
    Human,
    /// `MACHINE`
    Machine,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompletedapprovalIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompletedapprovalIdentityType::Human => "HUMAN",
            CompletedapprovalIdentityType::Machine => "MACHINE",
            CompletedapprovalIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompletedapprovalIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HUMAN" => CompletedapprovalIdentityType::Human,
            "MACHINE" => CompletedapprovalIdentityType::Machine,
            other => CompletedapprovalIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompletedapprovalIdentityType);
