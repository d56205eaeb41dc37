//! `AccessRequestAdminItemStatus`, from `v2024/schemas/AccessRequestAdminItemStatus.yaml`.

use crate::models::{
    AccessItemRequester, AccessRequestAdminItemStatusRequestedFor,
    AccessRequestAdminItemStatusType, AccessRequestPhases, AccessRequestType,
    ApprovalStatusDto, CancelledRequestDetails, ErrorMessageDtoList,
    ManualWorkItemDetails, PreApprovalTriggerDetails, ProvisioningDetails,
    RequestedItemStatusRequestState, V2024CommentDto,
    V2024SodViolationContextCheckCompleted,
};

/// `AccessRequestAdminItemStatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestAdminItemStatus {
    /// ID of the access request. This is a new property as of 2025. Older access requests may not have an ID.
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
    pub r#type: Option<AccessRequestAdminItemStatusType>,
    #[serde(
        rename = "cancelledRequestDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cancelled_request_details: Option<CancelledRequestDetails>,
    /// List of localized error messages, if any, encountered during the approval/provisioning process.
    #[serde(rename = "errorMessages", default, skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Vec<ErrorMessageDtoList>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<RequestedItemStatusRequestState>,
    /// Approval details for each item.
    #[serde(
        rename = "approvalDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_details: Option<Vec<ApprovalStatusDto>>,
    /// Manual work items created for provisioning the item.
    #[serde(
        rename = "manualWorkItemDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub manual_work_item_details: Option<Vec<ManualWorkItemDetails>>,
    /// Id of associated account activity item.
    #[serde(
        rename = "accountActivityItemId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_activity_item_id: Option<String>,
    #[serde(rename = "requestType", default, skip_serializing_if = "Option::is_none")]
    pub request_type: Option<AccessRequestType>,
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
    pub requester: Option<AccessItemRequester>,
    /// Identity access was requested for.
    #[serde(rename = "requestedFor", default, skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<AccessRequestAdminItemStatusRequestedFor>,
    #[serde(
        rename = "requesterComment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_comment: Option<V2024CommentDto>,
    #[serde(
        rename = "sodViolationContext",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sod_violation_context: Option<V2024SodViolationContextCheckCompleted>,
    #[serde(
        rename = "provisioningDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioning_details: Option<ProvisioningDetails>,
    #[serde(
        rename = "preApprovalTriggerDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pre_approval_trigger_details: Option<PreApprovalTriggerDetails>,
    /// A list of Phases that the Access Request has gone through in order, to help determine the status of the request.
    #[serde(
        rename = "accessRequestPhases",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_request_phases: Option<Vec<AccessRequestPhases>>,
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
    /// True if re-auth is required.
    #[serde(
        rename = "reauthorizationRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub reauthorization_required: Option<bool>,
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestAdminItemStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestAdminItemStatus {
            id: None,
            name: None,
            r#type: None,
            cancelled_request_details: None,
            error_messages: None,
            state: None,
            approval_details: None,
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
            reauthorization_required: None,
            access_request_id: None,
            client_metadata: None,
            additional_properties: Default::default(),
        }
    }
}
