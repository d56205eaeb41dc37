//! `CompletedApprovalRequestedForType`, from `beta/schemas/CompletedApproval.yaml#/properties/requestedFor/properties/type`.

/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompletedApprovalRequestedForType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompletedApprovalRequestedForType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompletedApprovalRequestedForType::Identity => "IDENTITY",
            CompletedApprovalRequestedForType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompletedApprovalRequestedForType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CompletedApprovalRequestedForType::Identity,
            other => CompletedApprovalRequestedForType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompletedApprovalRequestedForType);
