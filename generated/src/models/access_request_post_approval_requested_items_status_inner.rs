//! `AccessRequestPostApprovalRequestedItemsStatusInner`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml#/properties/requestedItemsStatus/items`.

use crate::models::{
    AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner,
    AccessRequestPostApprovalRequestedItemsStatusInnerOperation,
    AccessRequestPostApprovalRequestedItemsStatusInnerType,
};

/// `AccessRequestPostApprovalRequestedItemsStatusInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestPostApprovalRequestedItemsStatusInner {
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
    pub r#type: AccessRequestPostApprovalRequestedItemsStatusInnerType,
    /// Action to perform on the requested access item.
    pub operation: AccessRequestPostApprovalRequestedItemsStatusInnerOperation,
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
    #[serde(rename = "approvalInfo", default)]
    pub approval_info: Vec<
        AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner,
    >,
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
            r#type,
            operation,
            comment: None,
            client_metadata: None,
            approval_info,
        }
    }
}
