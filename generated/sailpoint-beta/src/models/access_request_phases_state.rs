//! `AccessRequestPhasesState`, from `v2024/schemas/AccessRequestPhases.yaml#/properties/state`.

/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestPhasesState {
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

impl AccessRequestPhasesState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestPhasesState::Pending => "PENDING",
            AccessRequestPhasesState::Executing => "EXECUTING",
            AccessRequestPhasesState::Completed => "COMPLETED",
            AccessRequestPhasesState::Cancelled => "CANCELLED",
            AccessRequestPhasesState::NotExecuted => "NOT_EXECUTED",
            AccessRequestPhasesState::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestPhasesState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => AccessRequestPhasesState::Pending,
            "EXECUTING" => AccessRequestPhasesState::Executing,
            "COMPLETED" => AccessRequestPhasesState::Completed,
            "CANCELLED" => AccessRequestPhasesState::Cancelled,
            "NOT_EXECUTED" => AccessRequestPhasesState::NotExecuted,
            other => AccessRequestPhasesState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestPhasesState);
