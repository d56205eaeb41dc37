//! `AccessRequestPreApproval`, from `beta/schemas/trigger/example-input/AccessRequestPreApproval.yaml`.

use crate::models::{
    AccessRequestPreApprovalRequestedItemsInner, ExampleInputAccessItemRequestedForDto,
    ExampleInputAccessItemRequesterDto,
};

/// `AccessRequestPreApproval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestPreApproval {
    /// Access request's unique ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "accessRequestId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub access_request_id: String,
    /// Identities whom access was requested for.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "requestedFor",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub requested_for: Vec<ExampleInputAccessItemRequestedForDto>,
    /// Details about each requested access item.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "requestedItems",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub requested_items: Vec<AccessRequestPreApprovalRequestedItemsInner>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "requestedBy", default, skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<ExampleInputAccessItemRequesterDto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestPreApproval {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        access_request_id: impl Into<String>,
        requested_for: Vec<ExampleInputAccessItemRequestedForDto>,
        requested_items: Vec<AccessRequestPreApprovalRequestedItemsInner>,
        requested_by: ExampleInputAccessItemRequesterDto,
    ) -> Self {
        AccessRequestPreApproval {
            access_request_id: access_request_id.into(),
            requested_for,
            requested_items,
            requested_by: Some(requested_by),
            additional_properties: Default::default(),
        }
    }
}
