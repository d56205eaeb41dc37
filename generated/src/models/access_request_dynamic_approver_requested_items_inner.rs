//! `AccessRequestDynamicApproverRequestedItemsInner`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprover.yaml#/properties/requestedItems/items`.

use crate::models::{
    AccessRequestDynamicApproverRequestedItemsInnerOperation,
    AccessRequestDynamicApproverRequestedItemsInnerType,
};

/// `AccessRequestDynamicApproverRequestedItemsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestDynamicApproverRequestedItemsInner {
    /// Access item's unique identifier.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Access item's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Access item's extended description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Type of access item being requested.
    pub r#type: AccessRequestDynamicApproverRequestedItemsInnerType,
    /// Action to perform on the requested access item.
    pub operation: AccessRequestDynamicApproverRequestedItemsInnerOperation,
    /// Comment from the requester about why the access is necessary.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
}

impl AccessRequestDynamicApproverRequestedItemsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: AccessRequestDynamicApproverRequestedItemsInnerType,
        operation: AccessRequestDynamicApproverRequestedItemsInnerOperation,
    ) -> Self {
        AccessRequestDynamicApproverRequestedItemsInner {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type,
            operation,
            comment: None,
        }
    }
}
