//! `AccessRequestPostApprovalRequestedItemsStatusInner`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml#/properties/requestedItemsStatus/items`.

use crate::models::{
    AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner,
    AccessRequestPostApprovalRequestedItemsStatusInnerOperation,
    AccessRequestPostApprovalRequestedItemsStatusInnerType,
};

/// `AccessRequestPostApprovalRequestedItemsStatusInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestPostApprovalRequestedItemsStatusInner {
    /// Access item's unique ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Access item's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
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
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessRequestPostApprovalRequestedItemsStatusInnerType>,
    /// Action to perform on the requested access item.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<AccessRequestPostApprovalRequestedItemsStatusInnerOperation>,
    /// Comment from the identity requesting access.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub comment: Option<String>,
    /// Additional customer defined metadata about the access item.
    #[serde(rename = "clientMetadata", default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// List of approvers for the access request.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "approvalInfo",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub approval_info: Vec<
        AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestPostApprovalRequestedItemsStatusInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: AccessRequestPostApprovalRequestedItemsStatusInnerType,
        operation: AccessRequestPostApprovalRequestedItemsStatusInnerOperation,
        approval_info: Vec<
            AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner,
        >,
    ) -> Self {
        AccessRequestPostApprovalRequestedItemsStatusInner {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type: Some(r#type),
            operation: Some(operation),
            comment: None,
            client_metadata: None,
            approval_info,
            additional_properties: Default::default(),
        }
    }
}
