//! `RequestedItemStatus`, from `v3/schemas/RequestedItemStatus.yaml`.

use crate::models::{
    RequestedAccountRef, RequestedItemStatusRequestedFor, RequestedItemStatusType,
    V3AccessItemRequester, V3AccessRequestPhases, V3AccessRequestType,
    V3ApprovalStatusDto, V3CancelledRequestDetails, V3CommentDto, V3ErrorMessageDtoList,
    V3ManualWorkItemDetails, V3PreApprovalTriggerDetails, V3ProvisioningDetails,
    V3RequestedItemStatusRequestState, V3SodViolationContextCheckCompleted,
};

/// `RequestedItemStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestedItemStatus {
    /// The ID of the access request.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the item being requested.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Type of requested object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RequestedItemStatusType>,
    #[serde(
        rename = "cancelledRequestDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cancelled_request_details: Option<V3CancelledRequestDetails>,
    /// List of list of localized error messages, if any, encountered during the approval/provisioning process.
    #[serde(rename = "errorMessages", default, skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Vec<V3ErrorMessageDtoList>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<V3RequestedItemStatusRequestState>,
    /// Approval details for each item.
    #[serde(
        rename = "approvalDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_details: Option<Vec<V3ApprovalStatusDto>>,
    /// List of approval IDs associated with the request.
    #[serde(rename = "approvalIds", default, skip_serializing_if = "Option::is_none")]
    pub approval_ids: Option<Vec<String>>,
    /// Manual work items created for provisioning the item.
    #[serde(
        rename = "manualWorkItemDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub manual_work_item_details: Option<Vec<V3ManualWorkItemDetails>>,
    /// Id of associated account activity item.
    #[serde(
        rename = "accountActivityItemId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_activity_item_id: Option<String>,
    #[serde(rename = "requestType", default, skip_serializing_if = "Option::is_none")]
    pub request_type: Option<V3AccessRequestType>,
    /// When the request was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the request was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<V3AccessItemRequester>,
    /// Identity access was requested for.
    #[serde(rename = "requestedFor", default, skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<RequestedItemStatusRequestedFor>,
    #[serde(
        rename = "requesterComment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_comment: Option<V3CommentDto>,
    #[serde(
        rename = "sodViolationContext",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sod_violation_context: Option<V3SodViolationContextCheckCompleted>,
    #[serde(
        rename = "provisioningDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioning_details: Option<V3ProvisioningDetails>,
    #[serde(
        rename = "preApprovalTriggerDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pre_approval_trigger_details: Option<V3PreApprovalTriggerDetails>,
    /// A list of Phases that the Access Request has gone through in order, to help determine the status of the request.
    #[serde(
        rename = "accessRequestPhases",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_request_phases: Option<Vec<V3AccessRequestPhases>>,
    /// Description associated to the requested object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// When the role access is scheduled for provisioning.
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// When the role access is scheduled for removal.
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// True if the request can be canceled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub cancelable: Option<bool>,
    /// This is the account activity id.
    #[serde(
        rename = "accessRequestId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_request_id: Option<String>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    #[serde(rename = "clientMetadata", default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The accounts selected by the user for the access to be provisioned on, in case they have multiple accounts on one or more sources.
    #[serde(
        rename = "requestedAccounts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_accounts: Option<Vec<RequestedAccountRef>>,
    /// The privilege level of the requested access item, if applicable.
    #[serde(
        rename = "privilegeLevel",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub privilege_level: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestedItemStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestedItemStatus {
            id: None,
            name: None,
            r#type: None,
            cancelled_request_details: None,
            error_messages: None,
            state: None,
            approval_details: None,
            approval_ids: None,
            manual_work_item_details: None,
            account_activity_item_id: None,
            request_type: None,
            modified: None,
            created: None,
            requester: None,
            requested_for: None,
            requester_comment: None,
            sod_violation_context: None,
            provisioning_details: None,
            pre_approval_trigger_details: None,
            access_request_phases: None,
            description: None,
            start_date: None,
            remove_date: None,
            cancelable: None,
            access_request_id: None,
            client_metadata: None,
            requested_accounts: None,
            privilege_level: None,
            additional_properties: Default::default(),
        }
    }
}
