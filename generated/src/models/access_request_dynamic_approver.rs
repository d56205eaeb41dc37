//! `AccessRequestDynamicApprover`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprover.yaml`.

use crate::models::{
    AccessRequestDynamicApproverRequestedItemsInner,
    ExampleInputAccessItemRequestedForDto, ExampleInputAccessItemRequesterDto,
};

/// `AccessRequestDynamicApprover` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessRequestDynamicApprover {
    /// Unique ID of the access request object. You can use this ID with the [Access Request Status endpoint](https://developer.sailpoint.com/idn/api/beta/list-access-request-status) to get the request's status.
    #[serde(
        rename = "accessRequestId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub access_request_id: String,
    /// Identities access was requested for.
    #[serde(rename = "requestedFor", default)]
    pub requested_for: Vec<ExampleInputAccessItemRequestedForDto>,
    /// Requested access items.
    #[serde(rename = "requestedItems", default)]
    pub requested_items: Vec<AccessRequestDynamicApproverRequestedItemsInner>,
    #[serde(rename = "requestedBy")]
    pub requested_by: ExampleInputAccessItemRequesterDto,
}

impl AccessRequestDynamicApprover {
    /// Builds the value from its required fields.
    pub fn new(
        access_request_id: impl Into<String>,
        requested_for: Vec<ExampleInputAccessItemRequestedForDto>,
        requested_items: Vec<AccessRequestDynamicApproverRequestedItemsInner>,
        requested_by: ExampleInputAccessItemRequesterDto,
    ) -> Self {
        AccessRequestDynamicApprover {
            access_request_id: access_request_id.into(),
            requested_for,
            requested_items,
            requested_by,
        }
    }
}
