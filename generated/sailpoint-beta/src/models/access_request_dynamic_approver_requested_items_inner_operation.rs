//! `AccessRequestDynamicApproverRequestedItemsInnerOperation`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprover.yaml#/properties/requestedItems/items/properties/operation`.

/// Action to perform on the requested access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestDynamicApproverRequestedItemsInnerOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestDynamicApproverRequestedItemsInnerOperation {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestDynamicApproverRequestedItemsInnerOperation::Add => "Add",
            AccessRequestDynamicApproverRequestedItemsInnerOperation::Remove => "Remove",
            AccessRequestDynamicApproverRequestedItemsInnerOperation::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for AccessRequestDynamicApproverRequestedItemsInnerOperation {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Add" => AccessRequestDynamicApproverRequestedItemsInnerOperation::Add,
            "Remove" => AccessRequestDynamicApproverRequestedItemsInnerOperation::Remove,
            other => {
                AccessRequestDynamicApproverRequestedItemsInnerOperation::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessRequestDynamicApproverRequestedItemsInnerOperation);
