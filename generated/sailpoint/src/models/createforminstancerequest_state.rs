//! `CreateforminstancerequestState`, from `apis/custom-forms/schemas/createforminstancerequest.yaml#/properties/state`.

/// State is required, if not present initial state is FormInstanceStateAssigned
/// ASSIGNED FormInstanceStateAssigned
/// IN_PROGRESS FormInstanceStateInProgress
/// SUBMITTED FormInstanceStateSubmitted
/// COMPLETED FormInstanceStateCompleted
/// CANCELLED FormInstanceStateCancelled
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateforminstancerequestState {
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

impl CreateforminstancerequestState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CreateforminstancerequestState::Assigned => "ASSIGNED",
            CreateforminstancerequestState::InProgress => "IN_PROGRESS",
            CreateforminstancerequestState::Submitted => "SUBMITTED",
            CreateforminstancerequestState::Completed => "COMPLETED",
            CreateforminstancerequestState::Cancelled => "CANCELLED",
            CreateforminstancerequestState::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateforminstancerequestState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ASSIGNED" => CreateforminstancerequestState::Assigned,
            "IN_PROGRESS" => CreateforminstancerequestState::InProgress,
            "SUBMITTED" => CreateforminstancerequestState::Submitted,
            "COMPLETED" => CreateforminstancerequestState::Completed,
            "CANCELLED" => CreateforminstancerequestState::Cancelled,
            other => CreateforminstancerequestState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CreateforminstancerequestState);
