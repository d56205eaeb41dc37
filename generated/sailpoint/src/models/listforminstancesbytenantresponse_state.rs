//! `ListforminstancesbytenantresponseState`, from `apis/custom-forms/schemas/listforminstancesbytenantresponse.yaml#/properties/state`.

/// State the state of the form instance
/// ASSIGNED FormInstanceStateAssigned
/// IN_PROGRESS FormInstanceStateInProgress
/// SUBMITTED FormInstanceStateSubmitted
/// COMPLETED FormInstanceStateCompleted
/// CANCELLED FormInstanceStateCancelled
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListforminstancesbytenantresponseState {
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

impl ListforminstancesbytenantresponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListforminstancesbytenantresponseState::Assigned => "ASSIGNED",
            ListforminstancesbytenantresponseState::InProgress => "IN_PROGRESS",
            ListforminstancesbytenantresponseState::Submitted => "SUBMITTED",
            ListforminstancesbytenantresponseState::Completed => "COMPLETED",
            ListforminstancesbytenantresponseState::Cancelled => "CANCELLED",
            ListforminstancesbytenantresponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListforminstancesbytenantresponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ASSIGNED" => ListforminstancesbytenantresponseState::Assigned,
            "IN_PROGRESS" => ListforminstancesbytenantresponseState::InProgress,
            "SUBMITTED" => ListforminstancesbytenantresponseState::Submitted,
            "COMPLETED" => ListforminstancesbytenantresponseState::Completed,
            "CANCELLED" => ListforminstancesbytenantresponseState::Cancelled,
            other => ListforminstancesbytenantresponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListforminstancesbytenantresponseState);
