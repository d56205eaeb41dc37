//! `CreateFormInstanceRequestState`, from `beta/schemas/forms/CreateFormInstanceRequest.yaml#/properties/state`.

/// State is required, if not present initial state is FormInstanceStateAssigned
/// ASSIGNED FormInstanceStateAssigned
/// IN_PROGRESS FormInstanceStateInProgress
/// SUBMITTED FormInstanceStateSubmitted
/// COMPLETED FormInstanceStateCompleted
/// CANCELLED FormInstanceStateCancelled
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateFormInstanceRequestState {
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

impl CreateFormInstanceRequestState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CreateFormInstanceRequestState::Assigned => "ASSIGNED",
            CreateFormInstanceRequestState::InProgress => "IN_PROGRESS",
            CreateFormInstanceRequestState::Submitted => "SUBMITTED",
            CreateFormInstanceRequestState::Completed => "COMPLETED",
            CreateFormInstanceRequestState::Cancelled => "CANCELLED",
            CreateFormInstanceRequestState::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateFormInstanceRequestState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ASSIGNED" => CreateFormInstanceRequestState::Assigned,
            "IN_PROGRESS" => CreateFormInstanceRequestState::InProgress,
            "SUBMITTED" => CreateFormInstanceRequestState::Submitted,
            "COMPLETED" => CreateFormInstanceRequestState::Completed,
            "CANCELLED" => CreateFormInstanceRequestState::Cancelled,
            other => CreateFormInstanceRequestState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CreateFormInstanceRequestState);
