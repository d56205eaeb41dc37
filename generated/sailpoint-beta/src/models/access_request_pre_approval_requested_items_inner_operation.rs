//! `AccessRequestPreApprovalRequestedItemsInnerOperation`, from `beta/schemas/trigger/example-input/AccessRequestPreApproval.yaml#/properties/requestedItems/items/properties/operation`.

/// Action to perform on the access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestPreApprovalRequestedItemsInnerOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestPreApprovalRequestedItemsInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestPreApprovalRequestedItemsInnerOperation::Add => "Add",
            AccessRequestPreApprovalRequestedItemsInnerOperation::Remove => "Remove",
            AccessRequestPreApprovalRequestedItemsInnerOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestPreApprovalRequestedItemsInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Add" => AccessRequestPreApprovalRequestedItemsInnerOperation::Add,
            "Remove" => AccessRequestPreApprovalRequestedItemsInnerOperation::Remove,
            other => {
                AccessRequestPreApprovalRequestedItemsInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessRequestPreApprovalRequestedItemsInnerOperation);
