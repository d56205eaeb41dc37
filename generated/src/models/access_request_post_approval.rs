//! `AccessRequestPostApproval`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml`.

use crate::models::{
    AccessRequestPostApprovalRequestedItemsStatusInner,
    ExampleInputAccessItemRequestedForDto, ExampleInputAccessItemRequesterDto,
};

/// `AccessRequestPostApproval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestPostApproval {
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
    /// Details about the outcome of each requested access item.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(
        rename = "requestedItemsStatus",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub requested_items_status: Vec<AccessRequestPostApprovalRequestedItemsStatusInner>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "requestedBy", default, skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<ExampleInputAccessItemRequesterDto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestPostApproval {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        access_request_id: impl Into<String>,
        requested_for: Vec<ExampleInputAccessItemRequestedForDto>,
        requested_items_status: Vec<AccessRequestPostApprovalRequestedItemsStatusInner>,
        requested_by: ExampleInputAccessItemRequesterDto,
    ) -> Self {
        AccessRequestPostApproval {
            access_request_id: access_request_id.into(),
            requested_for,
            requested_items_status,
            requested_by: Some(requested_by),
            additional_properties: Default::default(),
        }
    }
}
