//! `AccessrequestpostapprovalRequestedItemsStatusInnerOperation`, from `apis/triggers/schemas/accessrequestpostapproval.yaml#/properties/requestedItemsStatus/items/properties/operation`.

/// The action to perform on the access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestpostapprovalRequestedItemsStatusInnerOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestpostapprovalRequestedItemsStatusInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestpostapprovalRequestedItemsStatusInnerOperation::Add => "Add",
            AccessrequestpostapprovalRequestedItemsStatusInnerOperation::Remove => {
                "Remove"
            }
            AccessrequestpostapprovalRequestedItemsStatusInnerOperation::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for AccessrequestpostapprovalRequestedItemsStatusInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Add" => AccessrequestpostapprovalRequestedItemsStatusInnerOperation::Add,
            "Remove" => {
                AccessrequestpostapprovalRequestedItemsStatusInnerOperation::Remove
            }
            other => {
                AccessrequestpostapprovalRequestedItemsStatusInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessrequestpostapprovalRequestedItemsStatusInnerOperation);
