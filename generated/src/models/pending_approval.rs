//! `PendingApproval`, from `beta/schemas/PendingApproval.yaml`.

use crate::models::{
    AccessItemOwnerDto, AccessItemRequestedForDto, AccessItemRequesterDto,
    PendingApprovalAction, PendingApprovalMaxPermittedAccessDuration,
    RequestableObjectReference, RequestedAccountRef, SodViolationContextCheckCompleted,
    V3AccessRequestType, V3ApprovalForwardHistory, V3CommentDto,
};

/// `PendingApproval` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PendingApproval {
    /// The approval id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The name of the approval.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// When the approval was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// When the approval was modified last time.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the access-request was created.
    #[serde(
        rename = "requestCreated",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub request_created: Option<chrono::DateTime<chrono::Utc>>,
    /// If the access-request was for granting or revoking access.
    #[serde(rename = "requestType", default, skip_serializing_if = "Option::is_none")]
    pub request_type: Option<V3AccessRequestType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<AccessItemRequesterDto>,
    #[serde(rename = "requestedFor", default, skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<AccessItemRequestedForDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<AccessItemOwnerDto>,
    /// The requested access item.
    #[serde(
        rename = "requestedObject",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_object: Option<RequestableObjectReference>,
    /// The requester's comment.
    #[serde(
        rename = "requesterComment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requester_comment: Option<V3CommentDto>,
    /// The history of the previous reviewers comments.
    #[serde(
        rename = "previousReviewersComments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_reviewers_comments: Option<Vec<V3CommentDto>>,
    /// The history of approval forward action.
    #[serde(rename = "forwardHistory", default, skip_serializing_if = "Option::is_none")]
    pub forward_history: Option<Vec<V3ApprovalForwardHistory>>,
    /// When true the rejector has to provide comments when rejecting
    #[serde(
        rename = "commentRequiredWhenRejected",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub comment_required_when_rejected: Option<bool>,
    /// Action that is performed on this approval, and system has not finished performing that action yet.
    #[serde(
        rename = "actionInProcess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub action_in_process: Option<PendingApprovalAction>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// If true, then the request is to change the remove date or sunset date.
    #[serde(
        rename = "removeDateUpdateRequested",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub remove_date_update_requested: Option<bool>,
    /// The remove date or sunset date that was assigned at the time of the request.
    #[serde(
        rename = "currentRemoveDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub current_remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date the role or access profile or entitlement is/will assigned to the specified identity.
    #[serde(
        rename = "startDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// If true, then the request is to change the start date or sunrise date.
    #[serde(
        rename = "startUpdateRequested",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub start_update_requested: Option<bool>,
    /// The start date or sunrise date that was assigned at the time of the request.
    #[serde(
        rename = "currentStartDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub current_start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The details of the SOD violations for the associated approval.
    #[serde(
        rename = "sodViolationContext",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sod_violation_context: Option<SodViolationContextCheckCompleted>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request item
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
    /// The maximum duration for which the access is permitted.
    #[serde(
        rename = "maxPermittedAccessDuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_permitted_access_duration: Option<PendingApprovalMaxPermittedAccessDuration>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PendingApproval {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PendingApproval {
            id: None,
            name: None,
            created: None,
            modified: None,
            request_created: None,
            request_type: None,
            requester: None,
            requested_for: None,
            owner: None,
            requested_object: None,
            requester_comment: None,
            previous_reviewers_comments: None,
            forward_history: None,
            comment_required_when_rejected: None,
            action_in_process: None,
            remove_date: None,
            remove_date_update_requested: None,
            current_remove_date: None,
            start_date: None,
            start_update_requested: None,
            current_start_date: None,
            sod_violation_context: None,
            client_metadata: None,
            requested_accounts: None,
            privilege_level: None,
            max_permitted_access_duration: None,
            additional_properties: Default::default(),
        }
    }
}
