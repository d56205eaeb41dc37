//! `AccessRequestPreApproval`, from `beta/schemas/trigger/example-input/AccessRequestPreApproval.yaml`.

use crate::models::{
    AccessRequestPreApprovalRequestedItemsInner, ExampleInputAccessItemRequestedForDto,
    ExampleInputAccessItemRequesterDto,
};

/// `AccessRequestPreApproval` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestPreApproval {
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
    /// Details about each requested access item.
    #[serde(rename = "requestedItems", default)]
    pub requested_items: Vec<AccessRequestPreApprovalRequestedItemsInner>,
    #[serde(rename = "requestedBy")]
    pub requested_by: ExampleInputAccessItemRequesterDto,
}

impl AccessRequestPreApproval {
    /// Builds the value from its required fields.
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
            requested_by,
        }
    }
}
