//! `FormInstanceResponseState`, from `beta/schemas/forms/FormInstanceResponse.yaml#/properties/state`.

/// State the state of the form instance
/// ASSIGNED FormInstanceStateAssigned
/// IN_PROGRESS FormInstanceStateInProgress
/// SUBMITTED FormInstanceStateSubmitted
/// COMPLETED FormInstanceStateCompleted
/// CANCELLED FormInstanceStateCancelled
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormInstanceResponseState {
    /// `ASSIGNED`
    Assigned,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUBMITTED`
    Submitted,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormInstanceResponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormInstanceResponseState::Assigned => "ASSIGNED",
            FormInstanceResponseState::InProgress => "IN_PROGRESS",
            FormInstanceResponseState::Submitted => "SUBMITTED",
            FormInstanceResponseState::Completed => "COMPLETED",
            FormInstanceResponseState::Cancelled => "CANCELLED",
            FormInstanceResponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormInstanceResponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ASSIGNED" => FormInstanceResponseState::Assigned,
            "IN_PROGRESS" => FormInstanceResponseState::InProgress,
            "SUBMITTED" => FormInstanceResponseState::Submitted,
            "COMPLETED" => FormInstanceResponseState::Completed,
            "CANCELLED" => FormInstanceResponseState::Cancelled,
            other => FormInstanceResponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormInstanceResponseState);
