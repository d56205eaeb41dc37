//! `V3ManualWorkItemState`, from `v3/schemas/ManualWorkItemState.yaml`.

/// Indicates the state of the request processing for this item:
/// * PENDING: The request for this item is awaiting processing.
/// * APPROVED: The request for this item has been approved.
/// * REJECTED: The request for this item was rejected.
/// * EXPIRED: The request for this item expired with no action taken.
/// * CANCELLED: The request for this item was cancelled with no user action.
/// * ARCHIVED: The request for this item has been archived after completion.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3ManualWorkItemState {
    /// `PENDING`
    Pending,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `EXPIRED`
    Expired,
    /// `CANCELLED`
    Cancelled,
    /// `ARCHIVED`
    Archived,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3ManualWorkItemState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3ManualWorkItemState::Pending => "PENDING",
            V3ManualWorkItemState::Approved => "APPROVED",
            V3ManualWorkItemState::Rejected => "REJECTED",
            V3ManualWorkItemState::Expired => "EXPIRED",
            V3ManualWorkItemState::Cancelled => "CANCELLED",
            V3ManualWorkItemState::Archived => "ARCHIVED",
            V3ManualWorkItemState::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3ManualWorkItemState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => V3ManualWorkItemState::Pending,
            "APPROVED" => V3ManualWorkItemState::Approved,
            "REJECTED" => V3ManualWorkItemState::Rejected,
            "EXPIRED" => V3ManualWorkItemState::Expired,
            "CANCELLED" => V3ManualWorkItemState::Cancelled,
            "ARCHIVED" => V3ManualWorkItemState::Archived,
            other => V3ManualWorkItemState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3ManualWorkItemState);
