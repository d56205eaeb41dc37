//! `ForminstanceresponseState`, from `apis/custom-forms/schemas/forminstanceresponse.yaml#/properties/state`.

/// State the state of the form instance
/// ASSIGNED FormInstanceStateAssigned
/// IN_PROGRESS FormInstanceStateInProgress
/// SUBMITTED FormInstanceStateSubmitted
/// COMPLETED FormInstanceStateCompleted
/// CANCELLED FormInstanceStateCancelled
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ForminstanceresponseState {
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

impl ForminstanceresponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ForminstanceresponseState::Assigned => "ASSIGNED",
            ForminstanceresponseState::InProgress => "IN_PROGRESS",
            ForminstanceresponseState::Submitted => "SUBMITTED",
            ForminstanceresponseState::Completed => "COMPLETED",
            ForminstanceresponseState::Cancelled => "CANCELLED",
            ForminstanceresponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ForminstanceresponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ASSIGNED" => ForminstanceresponseState::Assigned,
            "IN_PROGRESS" => ForminstanceresponseState::InProgress,
            "SUBMITTED" => ForminstanceresponseState::Submitted,
            "COMPLETED" => ForminstanceresponseState::Completed,
            "CANCELLED" => ForminstanceresponseState::Cancelled,
            other => ForminstanceresponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ForminstanceresponseState);
