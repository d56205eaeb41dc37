//! `ManualWorkItemState`, from `v2024/schemas/ManualWorkItemState.yaml`.

/// Indicates the state of the request processing for this item:
/// * PENDING: The request for this item is awaiting processing.
/// * APPROVED: The request for this item has been approved.
/// * REJECTED: The request for this item was rejected.
/// * EXPIRED: The request for this item expired with no action taken.
/// * CANCELLED: The request for this item was cancelled with no user action.
/// * ARCHIVED: The request for this item has been archived after completion.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManualWorkItemState {
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

impl ManualWorkItemState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManualWorkItemState::Pending => "PENDING",
            ManualWorkItemState::Approved => "APPROVED",
            ManualWorkItemState::Rejected => "REJECTED",
            ManualWorkItemState::Expired => "EXPIRED",
            ManualWorkItemState::Cancelled => "CANCELLED",
            ManualWorkItemState::Archived => "ARCHIVED",
            ManualWorkItemState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManualWorkItemState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => ManualWorkItemState::Pending,
            "APPROVED" => ManualWorkItemState::Approved,
            "REJECTED" => ManualWorkItemState::Rejected,
            "EXPIRED" => ManualWorkItemState::Expired,
            "CANCELLED" => ManualWorkItemState::Cancelled,
            "ARCHIVED" => ManualWorkItemState::Archived,
            other => ManualWorkItemState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManualWorkItemState);
