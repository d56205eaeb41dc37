//! `AccessRequestPostApproval`, from `beta/schemas/trigger/example-input/AccessRequestPostApproval.yaml`.

use crate::models::{
    AccessRequestPostApprovalRequestedItemsStatusInner,
    ExampleInputAccessItemRequestedForDto, ExampleInputAccessItemRequesterDto,
};

/// `AccessRequestPostApproval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestPostApproval {
    /// Access request's unique ID.
    #[serde(
        rename = "accessRequestId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub access_request_id: String,
    /// Identities whom access was requested for.
    #[serde(rename = "requestedFor", default)]
    pub requested_for: Vec<ExampleInputAccessItemRequestedForDto>,
    /// Details about the outcome of each requested access item.
    #[serde(rename = "requestedItemsStatus", default)]
    pub requested_items_status: Vec<AccessRequestPostApprovalRequestedItemsStatusInner>,
    #[serde(rename = "requestedBy")]
    pub requested_by: ExampleInputAccessItemRequesterDto,
}

impl AccessRequestPostApproval {
    /// Builds the value from its required fields.
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
            requested_by,
        }
    }
}
