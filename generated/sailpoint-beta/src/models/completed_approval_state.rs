//! `CompletedApprovalState`, from `beta/schemas/CompletedApprovalState.yaml`.

/// Enum represents completed approval object's state.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompletedApprovalState {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompletedApprovalState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompletedApprovalState::Approved => "APPROVED",
            CompletedApprovalState::Rejected => "REJECTED",
            CompletedApprovalState::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompletedApprovalState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => CompletedApprovalState::Approved,
            "REJECTED" => CompletedApprovalState::Rejected,
            other => CompletedApprovalState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompletedApprovalState);
