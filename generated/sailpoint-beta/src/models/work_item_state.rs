//! `WorkItemState`, from `v3/schemas/WorkItemState.yaml`.

/// The state of a work item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WorkItemState {
    /// `Finished`
    Finished,
    /// `Rejected`
    Rejected,
    /// `Returned`
    Returned,
    /// `Expired`
    Expired,
    /// `Pending`
    Pending,
    /// `Canceled`
    Canceled,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WorkItemState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            WorkItemState::Finished => "Finished",
            WorkItemState::Rejected => "Rejected",
            WorkItemState::Returned => "Returned",
            WorkItemState::Expired => "Expired",
            WorkItemState::Pending => "Pending",
            WorkItemState::Canceled => "Canceled",
            WorkItemState::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkItemState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Finished" => WorkItemState::Finished,
            "Rejected" => WorkItemState::Rejected,
            "Returned" => WorkItemState::Returned,
            "Expired" => WorkItemState::Expired,
            "Pending" => WorkItemState::Pending,
            "Canceled" => WorkItemState::Canceled,
            other => WorkItemState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(WorkItemState);
