//! `CompletedapprovalRequestedForType`, from `apis/access-request-approvals/schemas/completedapproval.yaml#/properties/requestedFor/properties/type`.

/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompletedapprovalRequestedForType {
    /// `IDENTITY`
    Identity,
    /// `MACHINE_IDENTITY`
    MachineIdentity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompletedapprovalRequestedForType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompletedapprovalRequestedForType::Identity => "IDENTITY",
            CompletedapprovalRequestedForType::MachineIdentity => "MACHINE_IDENTITY",
            CompletedapprovalRequestedForType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompletedapprovalRequestedForType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CompletedapprovalRequestedForType::Identity,
            "MACHINE_IDENTITY" => CompletedapprovalRequestedForType::MachineIdentity,
            other => CompletedapprovalRequestedForType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompletedapprovalRequestedForType);
