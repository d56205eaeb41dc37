//! `AccessrequestdynamicapproverRequestedItemsInnerOperation`, from `apis/triggers/schemas/accessrequestdynamicapprover.yaml#/properties/requestedItems/items/properties/operation`.

/// Grant or revoke the access item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestdynamicapproverRequestedItemsInnerOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestdynamicapproverRequestedItemsInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestdynamicapproverRequestedItemsInnerOperation::Add => "Add",
            AccessrequestdynamicapproverRequestedItemsInnerOperation::Remove => "Remove",
            AccessrequestdynamicapproverRequestedItemsInnerOperation::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for AccessrequestdynamicapproverRequestedItemsInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Add" => AccessrequestdynamicapproverRequestedItemsInnerOperation::Add,
            "Remove" => AccessrequestdynamicapproverRequestedItemsInnerOperation::Remove,
            other => {
                AccessrequestdynamicapproverRequestedItemsInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessrequestdynamicapproverRequestedItemsInnerOperation);
