//! `AccessrequestphasesState`, from `apis/access-requests/schemas/accessrequestphases.yaml#/properties/state`.

/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestphasesState {
    /// `PENDING`
    Pending,
    /// `EXECUTING`
    Executing,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// `NOT_EXECUTED`
    NotExecuted,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestphasesState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestphasesState::Pending => "PENDING",
            AccessrequestphasesState::Executing => "EXECUTING",
            AccessrequestphasesState::Completed => "COMPLETED",
            AccessrequestphasesState::Cancelled => "CANCELLED",
            AccessrequestphasesState::NotExecuted => "NOT_EXECUTED",
            AccessrequestphasesState::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestphasesState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => AccessrequestphasesState::Pending,
            "EXECUTING" => AccessrequestphasesState::Executing,
            "COMPLETED" => AccessrequestphasesState::Completed,
            "CANCELLED" => AccessrequestphasesState::Cancelled,
            "NOT_EXECUTED" => AccessrequestphasesState::NotExecuted,
            other => AccessrequestphasesState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessrequestphasesState);
