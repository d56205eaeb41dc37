//! `V3AccessRequestPhasesState`, from `v3/schemas/AccessRequestPhases.yaml#/properties/state`.

/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3AccessRequestPhasesState {
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

impl V3AccessRequestPhasesState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3AccessRequestPhasesState::Pending => "PENDING",
            V3AccessRequestPhasesState::Executing => "EXECUTING",
            V3AccessRequestPhasesState::Completed => "COMPLETED",
            V3AccessRequestPhasesState::Cancelled => "CANCELLED",
            V3AccessRequestPhasesState::NotExecuted => "NOT_EXECUTED",
            V3AccessRequestPhasesState::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3AccessRequestPhasesState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => V3AccessRequestPhasesState::Pending,
            "EXECUTING" => V3AccessRequestPhasesState::Executing,
            "COMPLETED" => V3AccessRequestPhasesState::Completed,
            "CANCELLED" => V3AccessRequestPhasesState::Cancelled,
            "NOT_EXECUTED" => V3AccessRequestPhasesState::NotExecuted,
            other => V3AccessRequestPhasesState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3AccessRequestPhasesState);
