//! `AccessRequestPostApprovalRequestedItemsStatusInnerOperation`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml#/properties/requestedItemsStatus/items/properties/operation`.

/// Action to perform on the requested access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestPostApprovalRequestedItemsStatusInnerOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestPostApprovalRequestedItemsStatusInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestPostApprovalRequestedItemsStatusInnerOperation::Add => "Add",
            AccessRequestPostApprovalRequestedItemsStatusInnerOperation::Remove => {
                "Remove"
            }
            AccessRequestPostApprovalRequestedItemsStatusInnerOperation::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for AccessRequestPostApprovalRequestedItemsStatusInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Add" => AccessRequestPostApprovalRequestedItemsStatusInnerOperation::Add,
            "Remove" => {
                AccessRequestPostApprovalRequestedItemsStatusInnerOperation::Remove
            }
            other => {
                AccessRequestPostApprovalRequestedItemsStatusInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessRequestPostApprovalRequestedItemsStatusInnerOperation);
