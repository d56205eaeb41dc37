//! `AccessRequestPreApprovalRequestedItemsInner`, from `beta/schemas/trigger/example-input/AccessRequestPreApproval.yaml#/properties/requestedItems/items`.

use crate::models::{
    AccessRequestPreApprovalRequestedItemsInnerOperation,
    AccessRequestPreApprovalRequestedItemsInnerType,
};

/// `AccessRequestPreApprovalRequestedItemsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestPreApprovalRequestedItemsInner {
    /// Access item's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Access item's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Access item's description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Access item's type.
    pub r#type: AccessRequestPreApprovalRequestedItemsInnerType,
    /// Action to perform on the access item.
    pub operation: AccessRequestPreApprovalRequestedItemsInnerOperation,
    /// Comment from the identity requesting access.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
}

impl AccessRequestPreApprovalRequestedItemsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: AccessRequestPreApprovalRequestedItemsInnerType,
        operation: AccessRequestPreApprovalRequestedItemsInnerOperation,
    ) -> Self {
        AccessRequestPreApprovalRequestedItemsInner {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type,
            operation,
            comment: None,
        }
    }
}
