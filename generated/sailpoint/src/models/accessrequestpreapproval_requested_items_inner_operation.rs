//! `AccessrequestpreapprovalRequestedItemsInnerOperation`, from `apis/triggers/schemas/accessrequestpreapproval.yaml#/properties/requestedItems/items/properties/operation`.

/// The action to perform on the access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestpreapprovalRequestedItemsInnerOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestpreapprovalRequestedItemsInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestpreapprovalRequestedItemsInnerOperation::Add => "Add",
            AccessrequestpreapprovalRequestedItemsInnerOperation::Remove => "Remove",
            AccessrequestpreapprovalRequestedItemsInnerOperation::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestpreapprovalRequestedItemsInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Add" => AccessrequestpreapprovalRequestedItemsInnerOperation::Add,
            "Remove" => AccessrequestpreapprovalRequestedItemsInnerOperation::Remove,
            other => {
                AccessrequestpreapprovalRequestedItemsInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessrequestpreapprovalRequestedItemsInnerOperation);
