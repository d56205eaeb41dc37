//! `AccessRequestDynamicApproverRequestedItemsInner`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprover.yaml#/properties/requestedItems/items`.

use crate::models::{
    AccessRequestDynamicApproverRequestedItemsInnerOperation,
    AccessRequestDynamicApproverRequestedItemsInnerType,
};

/// `AccessRequestDynamicApproverRequestedItemsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestDynamicApproverRequestedItemsInner {
    /// Access item's unique identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Access item's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
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
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessRequestDynamicApproverRequestedItemsInnerType>,
    /// Action to perform on the requested access item.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<AccessRequestDynamicApproverRequestedItemsInnerOperation>,
    /// Comment from the requester about why the access is necessary.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
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
            r#type: Some(r#type),
            operation: Some(operation),
            comment: None,
            additional_properties: Default::default(),
        }
    }
}
