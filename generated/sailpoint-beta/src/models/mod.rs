//! The data types of requests and responses, one module per type.

#[cfg(feature = "certification-campaigns")]
mod access_constraint;
#[cfg(feature = "certification-campaigns")]
pub use access_constraint::AccessConstraint;

#[cfg(feature = "certification-campaigns")]
mod access_constraint_operator;
#[cfg(feature = "certification-campaigns")]
pub use access_constraint_operator::AccessConstraintOperator;

#[cfg(feature = "certification-campaigns")]
mod access_constraint_type;
#[cfg(feature = "certification-campaigns")]
pub use access_constraint_type::AccessConstraintType;

#[cfg(feature = "sod-policies")]
mod access_criteria;
#[cfg(feature = "sod-policies")]
pub use access_criteria::AccessCriteria;

#[cfg(feature = "sod-policies")]
mod access_criteria_criteria_list_inner;
#[cfg(feature = "sod-policies")]
pub use access_criteria_criteria_list_inner::AccessCriteriaCriteriaListInner;

#[cfg(feature = "sod-policies")]
mod access_criteria_criteria_list_inner_type;
#[cfg(feature = "sod-policies")]
pub use access_criteria_criteria_list_inner_type::AccessCriteriaCriteriaListInnerType;

#[cfg(any(feature = "access-profiles", feature = "roles"))]
mod access_duration;
#[cfg(any(feature = "access-profiles", feature = "roles"))]
pub use access_duration::AccessDuration;

#[cfg(any(feature = "access-profiles", feature = "roles"))]
mod access_duration_time_unit;
#[cfg(any(feature = "access-profiles", feature = "roles"))]
pub use access_duration_time_unit::AccessDurationTimeUnit;

#[cfg(feature = "identity-history")]
mod access_item_access_profile_response;
#[cfg(feature = "identity-history")]
pub use access_item_access_profile_response::AccessItemAccessProfileResponse;

#[cfg(feature = "identity-history")]
mod access_item_access_profile_response_app_refs_inner;
#[cfg(feature = "identity-history")]
pub use access_item_access_profile_response_app_refs_inner::AccessItemAccessProfileResponseAppRefsInner;

#[cfg(feature = "identity-history")]
mod access_item_account_response;
#[cfg(feature = "identity-history")]
pub use access_item_account_response::AccessItemAccountResponse;

#[cfg(feature = "identity-history")]
mod access_item_app_response;
#[cfg(feature = "identity-history")]
pub use access_item_app_response::AccessItemAppResponse;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_item_approver_dto;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_item_approver_dto::AccessItemApproverDto;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_item_approver_dto_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_item_approver_dto_type::AccessItemApproverDtoType;

#[cfg(feature = "identity-history")]
mod access_item_associated;
#[cfg(feature = "identity-history")]
pub use access_item_associated::AccessItemAssociated;

#[cfg(feature = "identity-history")]
mod access_item_associated_access_item;
#[cfg(feature = "identity-history")]
pub use access_item_associated_access_item::AccessItemAssociatedAccessItem;

#[cfg(feature = "identity-history")]
mod access_item_associated_access_item_type;
#[cfg(feature = "identity-history")]
pub use access_item_associated_access_item_type::AccessItemAssociatedAccessItemType;

#[cfg(feature = "identity-history")]
mod access_item_diff;
#[cfg(feature = "identity-history")]
pub use access_item_diff::AccessItemDiff;

#[cfg(feature = "identity-history")]
mod access_item_diff_event_type;
#[cfg(feature = "identity-history")]
pub use access_item_diff_event_type::AccessItemDiffEventType;

#[cfg(feature = "identity-history")]
mod access_item_entitlement_response;
#[cfg(feature = "identity-history")]
pub use access_item_entitlement_response::AccessItemEntitlementResponse;

#[cfg(feature = "access-request-approvals")]
mod access_item_owner_dto;
#[cfg(feature = "access-request-approvals")]
pub use access_item_owner_dto::AccessItemOwnerDto;

#[cfg(feature = "access-request-approvals")]
mod access_item_owner_dto_type;
#[cfg(feature = "access-request-approvals")]
pub use access_item_owner_dto_type::AccessItemOwnerDtoType;

#[cfg(feature = "iai-recommendations")]
mod access_item_ref;
#[cfg(feature = "iai-recommendations")]
pub use access_item_ref::AccessItemRef;

#[cfg(feature = "iai-recommendations")]
mod access_item_ref_type;
#[cfg(feature = "iai-recommendations")]
pub use access_item_ref_type::AccessItemRefType;

#[cfg(feature = "identity-history")]
mod access_item_removed;
#[cfg(feature = "identity-history")]
pub use access_item_removed::AccessItemRemoved;

#[cfg(feature = "identity-history")]
mod access_item_removed_access_item;
#[cfg(feature = "identity-history")]
pub use access_item_removed_access_item::AccessItemRemovedAccessItem;

#[cfg(feature = "identity-history")]
mod access_item_removed_access_item_type;
#[cfg(feature = "identity-history")]
pub use access_item_removed_access_item_type::AccessItemRemovedAccessItemType;

#[cfg(feature = "access-request-approvals")]
mod access_item_requested_for_dto;
#[cfg(feature = "access-request-approvals")]
pub use access_item_requested_for_dto::AccessItemRequestedForDto;

#[cfg(feature = "access-request-approvals")]
mod access_item_requested_for_dto_type;
#[cfg(feature = "access-request-approvals")]
pub use access_item_requested_for_dto_type::AccessItemRequestedForDtoType;

#[cfg(feature = "access-requests")]
mod access_item_requester;
#[cfg(feature = "access-requests")]
pub use access_item_requester::AccessItemRequester;

#[cfg(feature = "access-request-approvals")]
mod access_item_requester_dto;
#[cfg(feature = "access-request-approvals")]
pub use access_item_requester_dto::AccessItemRequesterDto;

#[cfg(feature = "access-request-approvals")]
mod access_item_requester_dto_type;
#[cfg(feature = "access-request-approvals")]
pub use access_item_requester_dto_type::AccessItemRequesterDtoType;

#[cfg(feature = "access-requests")]
mod access_item_requester_type;
#[cfg(feature = "access-requests")]
pub use access_item_requester_type::AccessItemRequesterType;

#[cfg(feature = "access-requests")]
mod access_item_reviewed_by;
#[cfg(feature = "access-requests")]
pub use access_item_reviewed_by::AccessItemReviewedBy;

#[cfg(feature = "access-requests")]
mod access_item_reviewed_by_type;
#[cfg(feature = "access-requests")]
pub use access_item_reviewed_by_type::AccessItemReviewedByType;

#[cfg(feature = "identity-history")]
mod access_item_role_response;
#[cfg(feature = "identity-history")]
pub use access_item_role_response::AccessItemRoleResponse;

#[cfg(feature = "access-profiles")]
mod access_profile;
#[cfg(feature = "access-profiles")]
pub use access_profile::AccessProfile;

#[cfg(feature = "access-profiles")]
mod access_profile_approval_scheme;
#[cfg(feature = "access-profiles")]
pub use access_profile_approval_scheme::AccessProfileApprovalScheme;

#[cfg(feature = "access-profiles")]
mod access_profile_approval_scheme_approver_type;
#[cfg(feature = "access-profiles")]
pub use access_profile_approval_scheme_approver_type::AccessProfileApprovalSchemeApproverType;

#[cfg(feature = "access-profiles")]
mod access_profile_bulk_delete_request;
#[cfg(feature = "access-profiles")]
pub use access_profile_bulk_delete_request::AccessProfileBulkDeleteRequest;

#[cfg(feature = "access-profiles")]
mod access_profile_bulk_delete_response;
#[cfg(feature = "access-profiles")]
pub use access_profile_bulk_delete_response::AccessProfileBulkDeleteResponse;

#[cfg(feature = "access-profiles")]
mod access_profile_bulk_update_request;
#[cfg(feature = "access-profiles")]
pub use access_profile_bulk_update_request::AccessProfileBulkUpdateRequest;

#[cfg(feature = "access-profiles")]
mod access_profile_bulk_update_request_inner;
#[cfg(feature = "access-profiles")]
pub use access_profile_bulk_update_request_inner::AccessProfileBulkUpdateRequestInner;

#[cfg(feature = "access-profiles")]
mod access_profile_bulk_update_response;
#[cfg(feature = "access-profiles")]
pub use access_profile_bulk_update_response::AccessProfileBulkUpdateResponse;

#[cfg(feature = "apps")]
mod access_profile_details;
#[cfg(feature = "apps")]
pub use access_profile_details::AccessProfileDetails;

#[cfg(feature = "apps")]
mod access_profile_details_account_selector;
#[cfg(feature = "apps")]
pub use access_profile_details_account_selector::AccessProfileDetailsAccountSelector;

#[cfg(feature = "roles")]
mod access_profile_ref;
#[cfg(feature = "roles")]
pub use access_profile_ref::AccessProfileRef;

#[cfg(feature = "roles")]
mod access_profile_ref_type;
#[cfg(feature = "roles")]
pub use access_profile_ref_type::AccessProfileRefType;

#[cfg(feature = "access-profiles")]
mod access_profile_source_ref;
#[cfg(feature = "access-profiles")]
pub use access_profile_source_ref::AccessProfileSourceRef;

#[cfg(feature = "access-profiles")]
mod access_profile_source_ref_type;
#[cfg(feature = "access-profiles")]
pub use access_profile_source_ref_type::AccessProfileSourceRefType;

#[cfg(feature = "access-profiles")]
mod access_profile_update_item;
#[cfg(feature = "access-profiles")]
pub use access_profile_update_item::AccessProfileUpdateItem;

#[cfg(feature = "access-profiles")]
mod access_profile_usage;
#[cfg(feature = "access-profiles")]
pub use access_profile_usage::AccessProfileUsage;

#[cfg(feature = "access-profiles")]
mod access_profile_usage_used_by_inner;
#[cfg(feature = "access-profiles")]
pub use access_profile_usage_used_by_inner::AccessProfileUsageUsedByInner;

#[cfg(feature = "access-profiles")]
mod access_profile_usage_used_by_inner_type;
#[cfg(feature = "access-profiles")]
pub use access_profile_usage_used_by_inner_type::AccessProfileUsageUsedByInnerType;

#[cfg(feature = "iai-access-request-recommendations")]
mod access_recommendation_message;
#[cfg(feature = "iai-access-request-recommendations")]
pub use access_recommendation_message::AccessRecommendationMessage;

#[cfg(feature = "access-requests")]
mod access_request;
#[cfg(feature = "access-requests")]
pub use access_request::AccessRequest;

#[cfg(feature = "access-requests")]
mod access_request_admin_item_status;
#[cfg(feature = "access-requests")]
pub use access_request_admin_item_status::AccessRequestAdminItemStatus;

#[cfg(feature = "access-requests")]
mod access_request_admin_item_status_requested_for;
#[cfg(feature = "access-requests")]
pub use access_request_admin_item_status_requested_for::AccessRequestAdminItemStatusRequestedFor;

#[cfg(feature = "access-requests")]
mod access_request_admin_item_status_requested_for_type;
#[cfg(feature = "access-requests")]
pub use access_request_admin_item_status_requested_for_type::AccessRequestAdminItemStatusRequestedForType;

#[cfg(feature = "access-requests")]
mod access_request_admin_item_status_type;
#[cfg(feature = "access-requests")]
pub use access_request_admin_item_status_type::AccessRequestAdminItemStatusType;

#[cfg(feature = "access-requests")]
mod access_request_config;
#[cfg(feature = "access-requests")]
pub use access_request_config::AccessRequestConfig;

#[cfg(feature = "identities")]
mod access_request_context;
#[cfg(feature = "identities")]
pub use access_request_context::AccessRequestContext;

#[cfg(feature = "webhooks")]
mod access_request_dynamic_approval_response;
#[cfg(feature = "webhooks")]
pub use access_request_dynamic_approval_response::AccessRequestDynamicApprovalResponse;

#[cfg(feature = "webhooks")]
mod access_request_dynamic_approval_response_type;
#[cfg(feature = "webhooks")]
pub use access_request_dynamic_approval_response_type::AccessRequestDynamicApprovalResponseType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_dynamic_approver;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_dynamic_approver::AccessRequestDynamicApprover;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_dynamic_approver_requested_items_inner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_dynamic_approver_requested_items_inner::AccessRequestDynamicApproverRequestedItemsInner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_dynamic_approver_requested_items_inner_operation;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_dynamic_approver_requested_items_inner_operation::AccessRequestDynamicApproverRequestedItemsInnerOperation;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_dynamic_approver_requested_items_inner_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_dynamic_approver_requested_items_inner_type::AccessRequestDynamicApproverRequestedItemsInnerType;

#[cfg(feature = "unreferenced-schemas")]
mod access_request_identity_metrics;
#[cfg(feature = "unreferenced-schemas")]
pub use access_request_identity_metrics::AccessRequestIdentityMetrics;

#[cfg(feature = "access-requests")]
mod access_request_item;
#[cfg(feature = "access-requests")]
pub use access_request_item::AccessRequestItem;

#[cfg(feature = "identity-history")]
mod access_request_item_response;
#[cfg(feature = "identity-history")]
pub use access_request_item_response::AccessRequestItemResponse;

#[cfg(feature = "identity-history")]
mod access_request_item_response_decision;
#[cfg(feature = "identity-history")]
pub use access_request_item_response_decision::AccessRequestItemResponseDecision;

#[cfg(feature = "access-requests")]
mod access_request_item_type;
#[cfg(feature = "access-requests")]
pub use access_request_item_type::AccessRequestItemType;

#[cfg(feature = "access-requests")]
mod access_request_phases;
#[cfg(feature = "access-requests")]
pub use access_request_phases::AccessRequestPhases;

#[cfg(feature = "access-requests")]
mod access_request_phases_result;
#[cfg(feature = "access-requests")]
pub use access_request_phases_result::AccessRequestPhasesResult;

#[cfg(feature = "access-requests")]
mod access_request_phases_state;
#[cfg(feature = "access-requests")]
pub use access_request_phases_state::AccessRequestPhasesState;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_post_approval;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_post_approval::AccessRequestPostApproval;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_post_approval_requested_items_status_inner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_post_approval_requested_items_status_inner::AccessRequestPostApprovalRequestedItemsStatusInner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_post_approval_requested_items_status_inner_approval_info_inner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_post_approval_requested_items_status_inner_approval_info_inner::AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_post_approval_requested_items_status_inner_approval_info_inner_approval_decision;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_post_approval_requested_items_status_inner_approval_info_inner_approval_decision::AccessRequestPostApprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_post_approval_requested_items_status_inner_operation;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_post_approval_requested_items_status_inner_operation::AccessRequestPostApprovalRequestedItemsStatusInnerOperation;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_post_approval_requested_items_status_inner_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_post_approval_requested_items_status_inner_type::AccessRequestPostApprovalRequestedItemsStatusInnerType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_pre_approval;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_pre_approval::AccessRequestPreApproval;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_pre_approval_requested_items_inner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_pre_approval_requested_items_inner::AccessRequestPreApprovalRequestedItemsInner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_pre_approval_requested_items_inner_operation;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_pre_approval_requested_items_inner_operation::AccessRequestPreApprovalRequestedItemsInnerOperation;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod access_request_pre_approval_requested_items_inner_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use access_request_pre_approval_requested_items_inner_type::AccessRequestPreApprovalRequestedItemsInnerType;

#[cfg(feature = "iai-access-request-recommendations")]
mod access_request_recommendation_action_item_dto;
#[cfg(feature = "iai-access-request-recommendations")]
pub use access_request_recommendation_action_item_dto::AccessRequestRecommendationActionItemDto;

#[cfg(feature = "iai-access-request-recommendations")]
mod access_request_recommendation_action_item_response_dto;
#[cfg(feature = "iai-access-request-recommendations")]
pub use access_request_recommendation_action_item_response_dto::AccessRequestRecommendationActionItemResponseDto;

#[cfg(feature = "iai-access-request-recommendations")]
mod access_request_recommendation_item;
#[cfg(feature = "iai-access-request-recommendations")]
pub use access_request_recommendation_item::AccessRequestRecommendationItem;

#[cfg(feature = "iai-access-request-recommendations")]
mod access_request_recommendation_item_detail;
#[cfg(feature = "iai-access-request-recommendations")]
pub use access_request_recommendation_item_detail::AccessRequestRecommendationItemDetail;

#[cfg(feature = "iai-access-request-recommendations")]
mod access_request_recommendation_item_detail_access;
#[cfg(feature = "iai-access-request-recommendations")]
pub use access_request_recommendation_item_detail_access::AccessRequestRecommendationItemDetailAccess;

#[cfg(feature = "iai-access-request-recommendations")]
mod access_request_recommendation_item_type;
#[cfg(feature = "iai-access-request-recommendations")]
pub use access_request_recommendation_item_type::AccessRequestRecommendationItemType;

#[cfg(feature = "identity-history")]
mod access_request_response;
#[cfg(feature = "identity-history")]
pub use access_request_response::AccessRequestResponse;

#[cfg(feature = "webhooks")]
mod access_request_submitted_response;
#[cfg(feature = "webhooks")]
pub use access_request_submitted_response::AccessRequestSubmittedResponse;

#[cfg(feature = "access-requests")]
mod access_request_tracking;
#[cfg(feature = "access-requests")]
pub use access_request_tracking::AccessRequestTracking;

#[cfg(feature = "access-requests")]
mod access_request_type;
#[cfg(feature = "access-requests")]
pub use access_request_type::AccessRequestType;

#[cfg(feature = "identity-history")]
mod access_requested;
#[cfg(feature = "identity-history")]
pub use access_requested::AccessRequested;

#[cfg(feature = "access-requests")]
mod access_requests_access_request_response;
#[cfg(feature = "access-requests")]
pub use access_requests_access_request_response::AccessRequestsAccessRequestResponse;

#[cfg(feature = "o-auth-clients")]
mod access_type;
#[cfg(feature = "o-auth-clients")]
pub use access_type::AccessType;

#[cfg(feature = "accounts")]
mod account;
#[cfg(feature = "accounts")]
pub use account::Account;

#[cfg(feature = "lifecycle-states")]
mod account_action;
#[cfg(feature = "lifecycle-states")]
pub use account_action::AccountAction;

#[cfg(feature = "lifecycle-states")]
mod account_action_action;
#[cfg(feature = "lifecycle-states")]
pub use account_action_action::AccountActionAction;

#[cfg(feature = "account-activities")]
mod account_activity_approval_status;
#[cfg(feature = "account-activities")]
pub use account_activity_approval_status::AccountActivityApprovalStatus;

#[cfg(feature = "account-activities")]
mod account_activity_item;
#[cfg(feature = "account-activities")]
pub use account_activity_item::AccountActivityItem;

#[cfg(feature = "account-activities")]
mod account_activity_item_operation;
#[cfg(feature = "account-activities")]
pub use account_activity_item_operation::AccountActivityItemOperation;

#[cfg(feature = "account-aggregations")]
mod account_aggregation;
#[cfg(feature = "account-aggregations")]
pub use account_aggregation::AccountAggregation;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod account_aggregation_completed;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use account_aggregation_completed::AccountAggregationCompleted;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod account_aggregation_completed_source;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use account_aggregation_completed_source::AccountAggregationCompletedSource;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod account_aggregation_completed_source_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use account_aggregation_completed_source_type::AccountAggregationCompletedSourceType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod account_aggregation_completed_stats;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use account_aggregation_completed_stats::AccountAggregationCompletedStats;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod account_aggregation_completed_status;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use account_aggregation_completed_status::AccountAggregationCompletedStatus;

#[cfg(feature = "account-aggregations")]
mod account_aggregation_status;
#[cfg(feature = "account-aggregations")]
pub use account_aggregation_status::AccountAggregationStatus;

#[cfg(feature = "transforms")]
mod account_attribute;
#[cfg(feature = "transforms")]
pub use account_attribute::AccountAttribute;

#[cfg(feature = "accounts")]
mod account_attributes;
#[cfg(feature = "accounts")]
pub use account_attributes::AccountAttributes;

#[cfg(feature = "triggers")]
mod account_attributes_changed;
#[cfg(feature = "triggers")]
pub use account_attributes_changed::AccountAttributesChanged;

#[cfg(feature = "triggers")]
mod account_attributes_changed_account;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_account::AccountAttributesChangedAccount;

#[cfg(feature = "triggers")]
mod account_attributes_changed_account_type;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_account_type::AccountAttributesChangedAccountType;

#[cfg(feature = "triggers")]
mod account_attributes_changed_changes_inner;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_changes_inner::AccountAttributesChangedChangesInner;

#[cfg(feature = "triggers")]
mod account_attributes_changed_changes_inner_new_value;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_changes_inner_new_value::AccountAttributesChangedChangesInnerNewValue;

#[cfg(feature = "triggers")]
mod account_attributes_changed_changes_inner_old_value;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_changes_inner_old_value::AccountAttributesChangedChangesInnerOldValue;

#[cfg(feature = "triggers")]
mod account_attributes_changed_identity;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_identity::AccountAttributesChangedIdentity;

#[cfg(feature = "triggers")]
mod account_attributes_changed_identity_type;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_identity_type::AccountAttributesChangedIdentityType;

#[cfg(feature = "triggers")]
mod account_attributes_changed_source;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_source::AccountAttributesChangedSource;

#[cfg(feature = "triggers")]
mod account_attributes_changed_source_type;
#[cfg(feature = "triggers")]
pub use account_attributes_changed_source_type::AccountAttributesChangedSourceType;

#[cfg(feature = "accounts")]
mod account_attributes_create;
#[cfg(feature = "accounts")]
pub use account_attributes_create::AccountAttributesCreate;

#[cfg(feature = "accounts")]
mod account_attributes_create_attributes;
#[cfg(feature = "accounts")]
pub use account_attributes_create_attributes::AccountAttributesCreateAttributes;

#[cfg(feature = "triggers")]
mod account_correlated;
#[cfg(feature = "triggers")]
pub use account_correlated::AccountCorrelated;

#[cfg(feature = "triggers")]
mod account_correlated_account;
#[cfg(feature = "triggers")]
pub use account_correlated_account::AccountCorrelatedAccount;

#[cfg(feature = "triggers")]
mod account_correlated_account_type;
#[cfg(feature = "triggers")]
pub use account_correlated_account_type::AccountCorrelatedAccountType;

#[cfg(feature = "triggers")]
mod account_correlated_identity;
#[cfg(feature = "triggers")]
pub use account_correlated_identity::AccountCorrelatedIdentity;

#[cfg(feature = "triggers")]
mod account_correlated_identity_type;
#[cfg(feature = "triggers")]
pub use account_correlated_identity_type::AccountCorrelatedIdentityType;

#[cfg(feature = "triggers")]
mod account_correlated_source;
#[cfg(feature = "triggers")]
pub use account_correlated_source::AccountCorrelatedSource;

#[cfg(feature = "triggers")]
mod account_correlated_source_type;
#[cfg(feature = "triggers")]
pub use account_correlated_source_type::AccountCorrelatedSourceType;

#[cfg(feature = "identities")]
mod account_info_dto;
#[cfg(feature = "identities")]
pub use account_info_dto::AccountInfoDto;

#[cfg(feature = "access-requests")]
mod account_item_ref;
#[cfg(feature = "access-requests")]
pub use account_item_ref::AccountItemRef;

#[cfg(feature = "accounts")]
mod account_origin;
#[cfg(feature = "accounts")]
pub use account_origin::AccountOrigin;

#[cfg(feature = "account-activities")]
mod account_request_info;
#[cfg(feature = "account-activities")]
pub use account_request_info::AccountRequestInfo;

#[cfg(feature = "identity-history")]
mod account_status_changed;
#[cfg(feature = "identity-history")]
pub use account_status_changed::AccountStatusChanged;

#[cfg(feature = "identity-history")]
mod account_status_changed_account;
#[cfg(feature = "identity-history")]
pub use account_status_changed_account::AccountStatusChangedAccount;

#[cfg(feature = "identity-history")]
mod account_status_changed_status_change;
#[cfg(feature = "identity-history")]
pub use account_status_changed_status_change::AccountStatusChangedStatusChange;

#[cfg(feature = "identity-history")]
mod account_status_changed_status_change_new_status;
#[cfg(feature = "identity-history")]
pub use account_status_changed_status_change_new_status::AccountStatusChangedStatusChangeNewStatus;

#[cfg(feature = "identity-history")]
mod account_status_changed_status_change_previous_status;
#[cfg(feature = "identity-history")]
pub use account_status_changed_status_change_previous_status::AccountStatusChangedStatusChangePreviousStatus;

#[cfg(feature = "accounts")]
mod account_toggle_request;
#[cfg(feature = "accounts")]
pub use account_toggle_request::AccountToggleRequest;

#[cfg(feature = "triggers")]
mod account_uncorrelated;
#[cfg(feature = "triggers")]
pub use account_uncorrelated::AccountUncorrelated;

#[cfg(feature = "triggers")]
mod account_uncorrelated_account;
#[cfg(feature = "triggers")]
pub use account_uncorrelated_account::AccountUncorrelatedAccount;

#[cfg(feature = "triggers")]
mod account_uncorrelated_account_type;
#[cfg(feature = "triggers")]
pub use account_uncorrelated_account_type::AccountUncorrelatedAccountType;

#[cfg(feature = "triggers")]
mod account_uncorrelated_identity;
#[cfg(feature = "triggers")]
pub use account_uncorrelated_identity::AccountUncorrelatedIdentity;

#[cfg(feature = "triggers")]
mod account_uncorrelated_identity_type;
#[cfg(feature = "triggers")]
pub use account_uncorrelated_identity_type::AccountUncorrelatedIdentityType;

#[cfg(feature = "triggers")]
mod account_uncorrelated_source;
#[cfg(feature = "triggers")]
pub use account_uncorrelated_source::AccountUncorrelatedSource;

#[cfg(feature = "triggers")]
mod account_uncorrelated_source_type;
#[cfg(feature = "triggers")]
pub use account_uncorrelated_source_type::AccountUncorrelatedSourceType;

#[cfg(feature = "accounts")]
mod account_unlock_request;
#[cfg(feature = "accounts")]
pub use account_unlock_request::AccountUnlockRequest;

#[cfg(feature = "account-usages")]
mod account_usage;
#[cfg(feature = "account-usages")]
pub use account_usage::AccountUsage;

#[cfg(feature = "accounts")]
mod accounts_async_result;
#[cfg(feature = "accounts")]
pub use accounts_async_result::AccountsAsyncResult;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod accounts_collected_for_aggregation;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use accounts_collected_for_aggregation::AccountsCollectedForAggregation;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod accounts_collected_for_aggregation_source;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use accounts_collected_for_aggregation_source::AccountsCollectedForAggregationSource;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod accounts_collected_for_aggregation_source_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use accounts_collected_for_aggregation_source_type::AccountsCollectedForAggregationSourceType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod accounts_collected_for_aggregation_stats;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use accounts_collected_for_aggregation_stats::AccountsCollectedForAggregationStats;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod accounts_collected_for_aggregation_status;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use accounts_collected_for_aggregation_status::AccountsCollectedForAggregationStatus;

#[cfg(feature = "certification-campaigns")]
mod activate_campaign_options;
#[cfg(feature = "certification-campaigns")]
pub use activate_campaign_options::ActivateCampaignOptions;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod additional_owner_ref;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use additional_owner_ref::AdditionalOwnerRef;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod additional_owner_ref_type;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use additional_owner_ref_type::AdditionalOwnerRefType;

#[cfg(feature = "certification-campaigns")]
mod admin_review_reassign;
#[cfg(feature = "certification-campaigns")]
pub use admin_review_reassign::AdminReviewReassign;

#[cfg(feature = "certification-campaigns")]
mod admin_review_reassign_reassign_to;
#[cfg(feature = "certification-campaigns")]
pub use admin_review_reassign_reassign_to::AdminReviewReassignReassignTo;

#[cfg(feature = "certification-campaigns")]
mod admin_review_reassign_reassign_to_type;
#[cfg(feature = "certification-campaigns")]
pub use admin_review_reassign_reassign_to_type::AdminReviewReassignReassignToType;

#[cfg(feature = "apps")]
mod app_account_details;
#[cfg(feature = "apps")]
pub use app_account_details::AppAccountDetails;

#[cfg(feature = "apps")]
mod app_account_details_source_account;
#[cfg(feature = "apps")]
pub use app_account_details_source_account::AppAccountDetailsSourceAccount;

#[cfg(feature = "access-requests")]
mod approval_forward_history;
#[cfg(feature = "access-requests")]
pub use approval_forward_history::ApprovalForwardHistory;

#[cfg(feature = "identity-history")]
mod approval_info_response;
#[cfg(feature = "identity-history")]
pub use approval_info_response::ApprovalInfoResponse;

#[cfg(feature = "work-items")]
mod approval_items;
#[cfg(feature = "work-items")]
pub use approval_items::ApprovalItems;

#[cfg(feature = "access-requests")]
mod approval_reminder_and_escalation_config;
#[cfg(feature = "access-requests")]
pub use approval_reminder_and_escalation_config::ApprovalReminderAndEscalationConfig;

#[cfg(feature = "access-requests")]
mod approval_scheme;
#[cfg(feature = "access-requests")]
pub use approval_scheme::ApprovalScheme;

#[cfg(feature = "roles")]
mod approval_scheme_for_role;
#[cfg(feature = "roles")]
pub use approval_scheme_for_role::ApprovalSchemeForRole;

#[cfg(feature = "roles")]
mod approval_scheme_for_role_approver_type;
#[cfg(feature = "roles")]
pub use approval_scheme_for_role_approver_type::ApprovalSchemeForRoleApproverType;

#[cfg(feature = "non-employee-lifecycle-management")]
mod approval_status;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use approval_status::ApprovalStatus;

#[cfg(feature = "access-requests")]
mod approval_status_dto;
#[cfg(feature = "access-requests")]
pub use approval_status_dto::ApprovalStatusDto;

#[cfg(feature = "access-requests")]
mod approval_status_dto_original_owner;
#[cfg(feature = "access-requests")]
pub use approval_status_dto_original_owner::ApprovalStatusDtoOriginalOwner;

#[cfg(feature = "access-requests")]
mod approval_status_dto_original_owner_type;
#[cfg(feature = "access-requests")]
pub use approval_status_dto_original_owner_type::ApprovalStatusDtoOriginalOwnerType;

#[cfg(feature = "access-request-approvals")]
mod approval_summary;
#[cfg(feature = "access-request-approvals")]
pub use approval_summary::ApprovalSummary;

#[cfg(feature = "connector-rule-management")]
mod argument;
#[cfg(feature = "connector-rule-management")]
pub use argument::Argument;

#[cfg(feature = "identities")]
mod assignment_context_dto;
#[cfg(feature = "identities")]
pub use assignment_context_dto::AssignmentContextDto;

#[cfg(feature = "sources")]
mod attr_sync_source;
#[cfg(feature = "sources")]
pub use attr_sync_source::AttrSyncSource;

#[cfg(feature = "sources")]
mod attr_sync_source_attribute_config;
#[cfg(feature = "sources")]
pub use attr_sync_source_attribute_config::AttrSyncSourceAttributeConfig;

#[cfg(feature = "sources")]
mod attr_sync_source_config;
#[cfg(feature = "sources")]
pub use attr_sync_source_config::AttrSyncSourceConfig;

#[cfg(feature = "sources")]
mod attr_sync_source_type;
#[cfg(feature = "sources")]
pub use attr_sync_source_type::AttrSyncSourceType;

#[cfg(feature = "identity-history")]
mod attribute_change;
#[cfg(feature = "identity-history")]
pub use attribute_change::AttributeChange;

#[cfg(feature = "sources")]
mod attribute_definition;
#[cfg(feature = "sources")]
pub use attribute_definition::AttributeDefinition;

#[cfg(feature = "sources")]
mod attribute_definition_schema;
#[cfg(feature = "sources")]
pub use attribute_definition_schema::AttributeDefinitionSchema;

#[cfg(feature = "sources")]
mod attribute_definition_schema_type;
#[cfg(feature = "sources")]
pub use attribute_definition_schema_type::AttributeDefinitionSchemaType;

#[cfg(feature = "sources")]
mod attribute_definition_type;
#[cfg(feature = "sources")]
pub use attribute_definition_type::AttributeDefinitionType;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod attribute_dto;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use attribute_dto::AttributeDto;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod attribute_dto_list;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use attribute_dto_list::AttributeDtoList;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod attribute_value_dto;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use attribute_value_dto::AttributeValueDto;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod attribute_value_dto_type;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use attribute_value_dto_type::AttributeValueDtoType;

#[cfg(feature = "identity-history")]
mod attributes_changed;
#[cfg(feature = "identity-history")]
pub use attributes_changed::AttributesChanged;

#[cfg(feature = "work-reassignment")]
mod audit_details;
#[cfg(feature = "work-reassignment")]
pub use audit_details::AuditDetails;

#[cfg(feature = "auth-profile")]
mod auth_profile;
#[cfg(feature = "auth-profile")]
pub use auth_profile::AuthProfile;

#[cfg(feature = "auth-profile")]
mod auth_profile_summary;
#[cfg(feature = "auth-profile")]
pub use auth_profile_summary::AuthProfileSummary;

#[cfg(feature = "auth-profile")]
mod auth_profile_type;
#[cfg(feature = "auth-profile")]
pub use auth_profile_type::AuthProfileType;

#[cfg(feature = "transforms")]
mod base64_decode;
#[cfg(feature = "transforms")]
pub use base64_decode::Base64Decode;

#[cfg(feature = "transforms")]
mod base64_encode;
#[cfg(feature = "transforms")]
pub use base64_encode::Base64Encode;

#[cfg(feature = "unreferenced-schemas")]
mod base_common_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use base_common_dto::BaseCommonDto;

#[cfg(feature = "identities")]
mod base_reference_dto;
#[cfg(feature = "identities")]
pub use base_reference_dto::BaseReferenceDto;

#[cfg(feature = "identities")]
mod base_role_reference_dto;
#[cfg(feature = "identities")]
pub use base_role_reference_dto::BaseRoleReferenceDto;

#[cfg(feature = "triggers")]
mod basic_auth_config;
#[cfg(feature = "triggers")]
pub use basic_auth_config::BasicAuthConfig;

#[cfg(feature = "triggers")]
mod bearer_token_auth_config;
#[cfg(feature = "triggers")]
pub use bearer_token_auth_config::BearerTokenAuthConfig;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod before_provisioning_rule_dto;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use before_provisioning_rule_dto::BeforeProvisioningRuleDto;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod before_provisioning_rule_dto_type;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use before_provisioning_rule_dto_type::BeforeProvisioningRuleDtoType;

#[cfg(feature = "accounts")]
mod bulk_identities_accounts_response;
#[cfg(feature = "accounts")]
pub use bulk_identities_accounts_response::BulkIdentitiesAccountsResponse;

#[cfg(feature = "tagged-objects")]
mod bulk_tagged_object;
#[cfg(feature = "tagged-objects")]
pub use bulk_tagged_object::BulkTaggedObject;

#[cfg(feature = "tagged-objects")]
mod bulk_tagged_object_operation;
#[cfg(feature = "tagged-objects")]
pub use bulk_tagged_object_operation::BulkTaggedObjectOperation;

#[cfg(feature = "governance-groups")]
mod bulk_workgroup_members_request;
#[cfg(feature = "governance-groups")]
pub use bulk_workgroup_members_request::BulkWorkgroupMembersRequest;

#[cfg(feature = "governance-groups")]
mod bulk_workgroup_members_request_inner;
#[cfg(feature = "governance-groups")]
pub use bulk_workgroup_members_request_inner::BulkWorkgroupMembersRequestInner;

#[cfg(feature = "governance-groups")]
mod bulk_workgroup_members_request_inner_type;
#[cfg(feature = "governance-groups")]
pub use bulk_workgroup_members_request_inner_type::BulkWorkgroupMembersRequestInnerType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_activated;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_activated::CampaignActivated;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_activated_campaign;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_activated_campaign::CampaignActivatedCampaign;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_activated_campaign_campaign_owner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_activated_campaign_campaign_owner::CampaignActivatedCampaignCampaignOwner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_activated_campaign_status;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_activated_campaign_status::CampaignActivatedCampaignStatus;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_activated_campaign_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_activated_campaign_type::CampaignActivatedCampaignType;

#[cfg(feature = "certification-campaigns")]
mod campaign_alert;
#[cfg(feature = "certification-campaigns")]
pub use campaign_alert::CampaignAlert;

#[cfg(feature = "certification-campaigns")]
mod campaign_alert_level;
#[cfg(feature = "certification-campaigns")]
pub use campaign_alert_level::CampaignAlertLevel;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_ended;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_ended::CampaignEnded;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_ended_campaign;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_ended_campaign::CampaignEndedCampaign;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_ended_campaign_campaign_owner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_ended_campaign_campaign_owner::CampaignEndedCampaignCampaignOwner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_ended_campaign_status;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_ended_campaign_status::CampaignEndedCampaignStatus;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_ended_campaign_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_ended_campaign_type::CampaignEndedCampaignType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_generated;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_generated::CampaignGenerated;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_generated_campaign;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_generated_campaign::CampaignGeneratedCampaign;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_generated_campaign_campaign_owner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_generated_campaign_campaign_owner::CampaignGeneratedCampaignCampaignOwner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_generated_campaign_status;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_generated_campaign_status::CampaignGeneratedCampaignStatus;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod campaign_generated_campaign_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use campaign_generated_campaign_type::CampaignGeneratedCampaignType;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
mod campaign_reference;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
pub use campaign_reference::CampaignReference;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
mod campaign_reference_campaign_type;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
pub use campaign_reference_campaign_type::CampaignReferenceCampaignType;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
mod campaign_reference_correlated_status;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
pub use campaign_reference_correlated_status::CampaignReferenceCorrelatedStatus;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
mod campaign_reference_mandatory_comment_requirement;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
pub use campaign_reference_mandatory_comment_requirement::CampaignReferenceMandatoryCommentRequirement;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
mod campaign_reference_type;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhooks"
    )
)]
pub use campaign_reference_type::CampaignReferenceType;

#[cfg(feature = "certification-campaigns")]
mod campaign_report;
#[cfg(feature = "certification-campaigns")]
pub use campaign_report::CampaignReport;

#[cfg(feature = "certification-campaigns")]
mod campaign_reports_config;
#[cfg(feature = "certification-campaigns")]
pub use campaign_reports_config::CampaignReportsConfig;

#[cfg(feature = "certification-campaigns")]
mod campaign_template;
#[cfg(feature = "certification-campaigns")]
pub use campaign_template::CampaignTemplate;

#[cfg(feature = "certification-campaigns")]
mod campaign_template_owner_ref;
#[cfg(feature = "certification-campaigns")]
pub use campaign_template_owner_ref::CampaignTemplateOwnerRef;

#[cfg(feature = "certification-campaigns")]
mod campaign_template_owner_ref_type;
#[cfg(feature = "certification-campaigns")]
pub use campaign_template_owner_ref_type::CampaignTemplateOwnerRefType;

#[cfg(feature = "access-requests")]
mod cancel_access_request;
#[cfg(feature = "access-requests")]
pub use cancel_access_request::CancelAccessRequest;

#[cfg(feature = "account-activities")]
mod cancelable_account_activity;
#[cfg(feature = "account-activities")]
pub use cancelable_account_activity::CancelableAccountActivity;

#[cfg(feature = "access-requests")]
mod cancelled_request_details;
#[cfg(feature = "access-requests")]
pub use cancelled_request_details::CancelledRequestDetails;

#[cfg(feature = "certifications")]
mod certification_dto;
#[cfg(feature = "certifications")]
pub use certification_dto::CertificationDto;

#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
mod certification_phase;
#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
pub use certification_phase::CertificationPhase;

#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
mod certification_reference;
#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
pub use certification_reference::CertificationReference;

#[cfg(feature = "unreferenced-schemas")]
mod certification_reference_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use certification_reference_dto::CertificationReferenceDto;

#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas",
        feature = "webhooks"
    )
)]
mod certification_reference_dto_type;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas",
        feature = "webhooks"
    )
)]
pub use certification_reference_dto_type::CertificationReferenceDtoType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod certification_signed_off;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use certification_signed_off::CertificationSignedOff;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod certification_signed_off_certification;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use certification_signed_off_certification::CertificationSignedOffCertification;

#[cfg(feature = "certification-campaigns")]
mod certification_task;
#[cfg(feature = "certification-campaigns")]
pub use certification_task::CertificationTask;

#[cfg(feature = "certification-campaigns")]
mod certification_task_status;
#[cfg(feature = "certification-campaigns")]
pub use certification_task_status::CertificationTaskStatus;

#[cfg(feature = "certification-campaigns")]
mod certification_task_target_type;
#[cfg(feature = "certification-campaigns")]
pub use certification_task_target_type::CertificationTaskTargetType;

#[cfg(feature = "certification-campaigns")]
mod certification_task_type;
#[cfg(feature = "certification-campaigns")]
pub use certification_task_type::CertificationTaskType;

#[cfg(feature = "identity-history")]
mod certifier_response;
#[cfg(feature = "identity-history")]
pub use certifier_response::CertifierResponse;

#[cfg(feature = "segments")]
mod children;
#[cfg(feature = "segments")]
pub use children::Children;

#[cfg(feature = "managed-clusters")]
mod client_log_configuration;
#[cfg(feature = "managed-clusters")]
pub use client_log_configuration::ClientLogConfiguration;

#[cfg(feature = "o-auth-clients")]
mod client_type;
#[cfg(feature = "o-auth-clients")]
pub use client_type::ClientType;

#[cfg(feature = "access-requests")]
mod close_access_request;
#[cfg(feature = "access-requests")]
pub use close_access_request::CloseAccessRequest;

#[cfg(feature = "access-requests")]
mod close_access_request_completion_status;
#[cfg(feature = "access-requests")]
pub use close_access_request_completion_status::CloseAccessRequestCompletionStatus;

#[cfg(feature = "access-requests")]
mod close_access_request_execution_status;
#[cfg(feature = "access-requests")]
pub use close_access_request_execution_status::CloseAccessRequestExecutionStatus;

#[cfg(feature = "account-activities")]
mod comment;
#[cfg(feature = "account-activities")]
pub use comment::Comment;

#[cfg(feature = "access-request-approvals")]
mod comment_dto;
#[cfg(feature = "access-request-approvals")]
pub use comment_dto::CommentDto;

#[cfg(feature = "access-request-approvals")]
mod comment_dto_author;
#[cfg(feature = "access-request-approvals")]
pub use comment_dto_author::CommentDtoAuthor;

#[cfg(feature = "access-request-approvals")]
mod comment_dto_author_type;
#[cfg(feature = "access-request-approvals")]
pub use comment_dto_author_type::CommentDtoAuthorType;

#[cfg(feature = "iai-common-access")]
mod common_access_id_status;
#[cfg(feature = "iai-common-access")]
pub use common_access_id_status::CommonAccessIdStatus;

#[cfg(feature = "iai-common-access")]
mod common_access_item_access;
#[cfg(feature = "iai-common-access")]
pub use common_access_item_access::CommonAccessItemAccess;

#[cfg(feature = "iai-common-access")]
mod common_access_item_request;
#[cfg(feature = "iai-common-access")]
pub use common_access_item_request::CommonAccessItemRequest;

#[cfg(feature = "iai-common-access")]
mod common_access_item_response;
#[cfg(feature = "iai-common-access")]
pub use common_access_item_response::CommonAccessItemResponse;

#[cfg(feature = "iai-common-access")]
mod common_access_item_state;
#[cfg(feature = "iai-common-access")]
pub use common_access_item_state::CommonAccessItemState;

#[cfg(feature = "iai-common-access")]
mod common_access_response;
#[cfg(feature = "iai-common-access")]
pub use common_access_response::CommonAccessResponse;

#[cfg(feature = "iai-common-access")]
mod common_access_type;
#[cfg(feature = "iai-common-access")]
pub use common_access_type::CommonAccessType;

#[cfg(feature = "identity-history")]
mod compare_identity_snapshots_access_type_access_type;
#[cfg(feature = "identity-history")]
pub use compare_identity_snapshots_access_type_access_type::CompareIdentitySnapshotsAccessTypeAccessType;

#[cfg(feature = "certification-campaigns")]
mod complete_campaign_options;
#[cfg(feature = "certification-campaigns")]
pub use complete_campaign_options::CompleteCampaignOptions;

#[cfg(feature = "certification-campaigns")]
mod complete_campaign_options_auto_complete_action;
#[cfg(feature = "certification-campaigns")]
pub use complete_campaign_options_auto_complete_action::CompleteCampaignOptionsAutoCompleteAction;

#[cfg(feature = "triggers")]
mod complete_invocation;
#[cfg(feature = "triggers")]
pub use complete_invocation::CompleteInvocation;

#[cfg(feature = "triggers")]
mod complete_invocation_input;
#[cfg(feature = "triggers")]
pub use complete_invocation_input::CompleteInvocationInput;

#[cfg(feature = "access-request-approvals")]
mod completed_approval;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval::CompletedApproval;

#[cfg(feature = "access-request-approvals")]
mod completed_approval_max_permitted_access_duration;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval_max_permitted_access_duration::CompletedApprovalMaxPermittedAccessDuration;

#[cfg(feature = "access-request-approvals")]
mod completed_approval_max_permitted_access_duration_time_unit;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval_max_permitted_access_duration_time_unit::CompletedApprovalMaxPermittedAccessDurationTimeUnit;

#[cfg(feature = "access-request-approvals")]
mod completed_approval_pre_approval_trigger_result;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval_pre_approval_trigger_result::CompletedApprovalPreApprovalTriggerResult;

#[cfg(feature = "access-request-approvals")]
mod completed_approval_requested_for;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval_requested_for::CompletedApprovalRequestedFor;

#[cfg(feature = "access-request-approvals")]
mod completed_approval_requested_for_type;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval_requested_for_type::CompletedApprovalRequestedForType;

#[cfg(feature = "access-request-approvals")]
mod completed_approval_reviewed_by;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval_reviewed_by::CompletedApprovalReviewedBy;

#[cfg(feature = "access-request-approvals")]
mod completed_approval_reviewed_by_type;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval_reviewed_by_type::CompletedApprovalReviewedByType;

#[cfg(feature = "access-request-approvals")]
mod completed_approval_state;
#[cfg(feature = "access-request-approvals")]
pub use completed_approval_state::CompletedApprovalState;

#[cfg(feature = "account-activities")]
mod completion_status;
#[cfg(feature = "account-activities")]
pub use completion_status::CompletionStatus;

#[cfg(feature = "transforms")]
mod concatenation;
#[cfg(feature = "transforms")]
pub use concatenation::Concatenation;

#[cfg(feature = "custom-forms")]
mod condition_effect;
#[cfg(feature = "custom-forms")]
pub use condition_effect::ConditionEffect;

#[cfg(feature = "custom-forms")]
mod condition_effect_config;
#[cfg(feature = "custom-forms")]
pub use condition_effect_config::ConditionEffectConfig;

#[cfg(feature = "custom-forms")]
mod condition_effect_effect_type;
#[cfg(feature = "custom-forms")]
pub use condition_effect_effect_type::ConditionEffectEffectType;

#[cfg(feature = "custom-forms")]
mod condition_rule;
#[cfg(feature = "custom-forms")]
pub use condition_rule::ConditionRule;

#[cfg(feature = "custom-forms")]
mod condition_rule_operator;
#[cfg(feature = "custom-forms")]
pub use condition_rule_operator::ConditionRuleOperator;

#[cfg(feature = "custom-forms")]
mod condition_rule_source_type;
#[cfg(feature = "custom-forms")]
pub use condition_rule_source_type::ConditionRuleSourceType;

#[cfg(feature = "custom-forms")]
mod condition_rule_value_type;
#[cfg(feature = "custom-forms")]
pub use condition_rule_value_type::ConditionRuleValueType;

#[cfg(feature = "transforms")]
mod conditional;
#[cfg(feature = "transforms")]
pub use conditional::Conditional;

#[cfg(feature = "sp-config")]
mod config_object;
#[cfg(feature = "sp-config")]
pub use config_object::ConfigObject;

#[cfg(feature = "work-reassignment")]
mod config_type;
#[cfg(feature = "work-reassignment")]
pub use config_type::ConfigType;

#[cfg(feature = "work-reassignment")]
mod config_type_enum;
#[cfg(feature = "work-reassignment")]
pub use config_type_enum::ConfigTypeEnum;

#[cfg(feature = "work-reassignment")]
mod config_type_enum_camel;
#[cfg(feature = "work-reassignment")]
pub use config_type_enum_camel::ConfigTypeEnumCamel;

#[cfg(feature = "work-reassignment")]
mod configuration_details_response;
#[cfg(feature = "work-reassignment")]
pub use configuration_details_response::ConfigurationDetailsResponse;

#[cfg(feature = "work-reassignment")]
mod configuration_item_request;
#[cfg(feature = "work-reassignment")]
pub use configuration_item_request::ConfigurationItemRequest;

#[cfg(feature = "work-reassignment")]
mod configuration_item_response;
#[cfg(feature = "work-reassignment")]
pub use configuration_item_response::ConfigurationItemResponse;

#[cfg(feature = "work-reassignment")]
mod configuration_response;
#[cfg(feature = "work-reassignment")]
pub use configuration_response::ConfigurationResponse;

#[cfg(feature = "sod-policies")]
mod conflicting_access_criteria;
#[cfg(feature = "sod-policies")]
pub use conflicting_access_criteria::ConflictingAccessCriteria;

#[cfg(feature = "governance-groups")]
mod connected_object;
#[cfg(feature = "governance-groups")]
pub use connected_object::ConnectedObject;

#[cfg(feature = "governance-groups")]
mod connected_object_type;
#[cfg(feature = "governance-groups")]
pub use connected_object_type::ConnectedObjectType;

#[cfg(feature = "sources")]
mod connector_detail;
#[cfg(feature = "sources")]
pub use connector_detail::ConnectorDetail;

#[cfg(feature = "connector-rule-management")]
mod connector_rule_create_request;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_create_request::ConnectorRuleCreateRequest;

#[cfg(feature = "connector-rule-management")]
mod connector_rule_create_request_signature;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_create_request_signature::ConnectorRuleCreateRequestSignature;

#[cfg(feature = "connector-rule-management")]
mod connector_rule_create_request_type;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_create_request_type::ConnectorRuleCreateRequestType;

#[cfg(feature = "connector-rule-management")]
mod connector_rule_response;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_response::ConnectorRuleResponse;

#[cfg(feature = "connector-rule-management")]
mod connector_rule_update_request;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_update_request::ConnectorRuleUpdateRequest;

#[cfg(feature = "connector-rule-management")]
mod connector_rule_validation_response;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_validation_response::ConnectorRuleValidationResponse;

#[cfg(feature = "connector-rule-management")]
mod connector_rule_validation_response_details_inner;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_validation_response_details_inner::ConnectorRuleValidationResponseDetailsInner;

#[cfg(feature = "connector-rule-management")]
mod connector_rule_validation_response_state;
#[cfg(feature = "connector-rule-management")]
pub use connector_rule_validation_response_state::ConnectorRuleValidationResponseState;

#[cfg(feature = "identities")]
mod context_attribute_dto;
#[cfg(feature = "identities")]
pub use context_attribute_dto::ContextAttributeDto;

#[cfg(feature = "identities")]
mod context_attribute_dto_value;
#[cfg(feature = "identities")]
pub use context_attribute_dto_value::ContextAttributeDtoValue;

#[cfg(feature = "identity-history")]
mod correlated_governance_event;
#[cfg(feature = "identity-history")]
pub use correlated_governance_event::CorrelatedGovernanceEvent;

#[cfg(feature = "identity-history")]
mod correlated_governance_event_type;
#[cfg(feature = "identity-history")]
pub use correlated_governance_event_type::CorrelatedGovernanceEventType;

#[cfg(feature = "sources")]
mod correlation_config;
#[cfg(feature = "sources")]
pub use correlation_config::CorrelationConfig;

#[cfg(feature = "sources")]
mod correlation_config_attribute_assignments_inner;
#[cfg(feature = "sources")]
pub use correlation_config_attribute_assignments_inner::CorrelationConfigAttributeAssignmentsInner;

#[cfg(feature = "sources")]
mod correlation_config_attribute_assignments_inner_match_mode;
#[cfg(feature = "sources")]
pub use correlation_config_attribute_assignments_inner_match_mode::CorrelationConfigAttributeAssignmentsInnerMatchMode;

#[cfg(feature = "sources")]
mod correlation_config_attribute_assignments_inner_operation;
#[cfg(feature = "sources")]
pub use correlation_config_attribute_assignments_inner_operation::CorrelationConfigAttributeAssignmentsInnerOperation;

#[cfg(feature = "custom-forms")]
mod create_form_definition400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition400_response::CreateFormDefinition400Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition401_response::CreateFormDefinition401Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition403_response::CreateFormDefinition403Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition500_response::CreateFormDefinition500Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_by_template400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_by_template400_response::CreateFormDefinitionByTemplate400Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_by_template401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_by_template401_response::CreateFormDefinitionByTemplate401Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_by_template403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_by_template403_response::CreateFormDefinitionByTemplate403Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_by_template500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_by_template500_response::CreateFormDefinitionByTemplate500Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema400_response::CreateFormDefinitionDynamicSchema400Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema401_response::CreateFormDefinitionDynamicSchema401Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema403_response::CreateFormDefinitionDynamicSchema403Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema404_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema404_response::CreateFormDefinitionDynamicSchema404Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema500_response::CreateFormDefinitionDynamicSchema500Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request400_response::CreateFormDefinitionFileRequest400Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request401_response::CreateFormDefinitionFileRequest401Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request403_response::CreateFormDefinitionFileRequest403Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request404_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request404_response::CreateFormDefinitionFileRequest404Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request413_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request413_response::CreateFormDefinitionFileRequest413Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request415_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request415_response::CreateFormDefinitionFileRequest415Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request500_response::CreateFormDefinitionFileRequest500Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request503_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request503_response::CreateFormDefinitionFileRequest503Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_request;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_request::CreateFormDefinitionFileRequestRequest;

#[cfg(feature = "custom-forms")]
mod create_form_definition_request;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_request::CreateFormDefinitionRequest;

#[cfg(feature = "custom-forms")]
mod create_form_instance400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_instance400_response::CreateFormInstance400Response;

#[cfg(feature = "custom-forms")]
mod create_form_instance401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_instance401_response::CreateFormInstance401Response;

#[cfg(feature = "custom-forms")]
mod create_form_instance403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_instance403_response::CreateFormInstance403Response;

#[cfg(feature = "custom-forms")]
mod create_form_instance500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_instance500_response::CreateFormInstance500Response;

#[cfg(feature = "custom-forms")]
mod create_form_instance_request;
#[cfg(feature = "custom-forms")]
pub use create_form_instance_request::CreateFormInstanceRequest;

#[cfg(feature = "custom-forms")]
mod create_form_instance_request_state;
#[cfg(feature = "custom-forms")]
pub use create_form_instance_request_state::CreateFormInstanceRequestState;

#[cfg(feature = "o-auth-clients")]
mod create_o_auth_client_request;
#[cfg(feature = "o-auth-clients")]
pub use create_o_auth_client_request::CreateOAuthClientRequest;

#[cfg(feature = "o-auth-clients")]
mod create_o_auth_client_response;
#[cfg(feature = "o-auth-clients")]
pub use create_o_auth_client_response::CreateOAuthClientResponse;

#[cfg(feature = "personal-access-tokens")]
mod create_personal_access_token_request;
#[cfg(feature = "personal-access-tokens")]
pub use create_personal_access_token_request::CreatePersonalAccessTokenRequest;

#[cfg(feature = "personal-access-tokens")]
mod create_personal_access_token_response;
#[cfg(feature = "personal-access-tokens")]
pub use create_personal_access_token_response::CreatePersonalAccessTokenResponse;

#[cfg(feature = "custom-password-instructions")]
mod custom_password_instruction;
#[cfg(feature = "custom-password-instructions")]
pub use custom_password_instruction::CustomPasswordInstruction;

#[cfg(feature = "custom-password-instructions")]
mod custom_password_instruction_page_id;
#[cfg(feature = "custom-password-instructions")]
pub use custom_password_instruction_page_id::CustomPasswordInstructionPageId;

#[cfg(feature = "transforms")]
mod date_compare;
#[cfg(feature = "transforms")]
pub use date_compare::DateCompare;

#[cfg(feature = "transforms")]
mod date_compare_first_date;
#[cfg(feature = "transforms")]
pub use date_compare_first_date::DateCompareFirstDate;

#[cfg(feature = "transforms")]
mod date_compare_operator;
#[cfg(feature = "transforms")]
pub use date_compare_operator::DateCompareOperator;

#[cfg(feature = "transforms")]
mod date_compare_second_date;
#[cfg(feature = "transforms")]
pub use date_compare_second_date::DateCompareSecondDate;

#[cfg(feature = "transforms")]
mod date_format;
#[cfg(feature = "transforms")]
pub use date_format::DateFormat;

#[cfg(feature = "transforms")]
mod date_format_input_format;
#[cfg(feature = "transforms")]
pub use date_format_input_format::DateFormatInputFormat;

#[cfg(feature = "transforms")]
mod date_format_output_format;
#[cfg(feature = "transforms")]
pub use date_format_output_format::DateFormatOutputFormat;

#[cfg(feature = "transforms")]
mod date_math;
#[cfg(feature = "transforms")]
pub use date_math::DateMath;

#[cfg(feature = "sod-policies")]
mod date_time;
#[cfg(feature = "sod-policies")]
pub use date_time::DateTime;

#[cfg(feature = "transforms")]
mod decompose_diacritical_marks;
#[cfg(feature = "transforms")]
pub use decompose_diacritical_marks::DecomposeDiacriticalMarks;

#[cfg(feature = "sources")]
mod delete202_response;
#[cfg(feature = "sources")]
pub use delete202_response::Delete202Response;

#[cfg(feature = "sources")]
mod delete202_response_type;
#[cfg(feature = "sources")]
pub use delete202_response_type::Delete202ResponseType;

#[cfg(feature = "certification-campaigns")]
mod delete_campaigns_request;
#[cfg(feature = "certification-campaigns")]
pub use delete_campaigns_request::DeleteCampaignsRequest;

#[cfg(feature = "custom-password-instructions")]
mod delete_custom_password_instructions_page_id;
#[cfg(feature = "custom-password-instructions")]
pub use delete_custom_password_instructions_page_id::DeleteCustomPasswordInstructionsPageId;

#[cfg(feature = "custom-forms")]
mod delete_form_definition400_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition400_response::DeleteFormDefinition400Response;

#[cfg(feature = "custom-forms")]
mod delete_form_definition401_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition401_response::DeleteFormDefinition401Response;

#[cfg(feature = "custom-forms")]
mod delete_form_definition403_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition403_response::DeleteFormDefinition403Response;

#[cfg(feature = "custom-forms")]
mod delete_form_definition404_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition404_response::DeleteFormDefinition404Response;

#[cfg(feature = "custom-forms")]
mod delete_form_definition500_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition500_response::DeleteFormDefinition500Response;

#[cfg(feature = "icons")]
mod delete_icon_object_type;
#[cfg(feature = "icons")]
pub use delete_icon_object_type::DeleteIconObjectType;

#[cfg(feature = "mfa-configuration")]
mod delete_mfa_config_method;
#[cfg(feature = "mfa-configuration")]
pub use delete_mfa_config_method::DeleteMfaConfigMethod;

#[cfg(feature = "non-employee-lifecycle-management")]
mod delete_non_employee_record_in_bulk_request;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use delete_non_employee_record_in_bulk_request::DeleteNonEmployeeRecordInBulkRequest;

#[cfg(feature = "tagged-objects")]
mod delete_tagged_object_type;
#[cfg(feature = "tagged-objects")]
pub use delete_tagged_object_type::DeleteTaggedObjectType;

#[cfg(feature = "roles")]
mod dimension_ref;
#[cfg(feature = "roles")]
pub use dimension_ref::DimensionRef;

#[cfg(feature = "roles")]
mod dimension_ref_type;
#[cfg(feature = "roles")]
pub use dimension_ref_type::DimensionRefType;

#[cfg(feature = "notifications")]
mod dkim_attributes;
#[cfg(feature = "notifications")]
pub use dkim_attributes::DkimAttributes;

#[cfg(feature = "notifications")]
mod domain_address;
#[cfg(feature = "notifications")]
pub use domain_address::DomainAddress;

#[cfg(feature = "notifications")]
mod domain_status_dto;
#[cfg(feature = "notifications")]
pub use domain_status_dto::DomainStatusDto;

#[cfg(feature = "access-requests")]
mod dto_type;
#[cfg(feature = "access-requests")]
pub use dto_type::DtoType;

#[cfg(feature = "mfa-controller")]
mod duo_verification_request;
#[cfg(feature = "mfa-controller")]
pub use duo_verification_request::DuoVerificationRequest;

#[cfg(feature = "transforms")]
mod e164phone;
#[cfg(feature = "transforms")]
pub use e164phone::E164phone;

#[cfg(feature = "lifecycle-states")]
mod email_notification_option;
#[cfg(feature = "lifecycle-states")]
pub use email_notification_option::EmailNotificationOption;

#[cfg(feature = "notifications")]
mod email_status_dto;
#[cfg(feature = "notifications")]
pub use email_status_dto::EmailStatusDto;

#[cfg(feature = "notifications")]
mod email_status_dto_verification_status;
#[cfg(feature = "notifications")]
pub use email_status_dto_verification_status::EmailStatusDtoVerificationStatus;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use entitlement::Entitlement;

#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_access_request_config;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use entitlement_access_request_config::EntitlementAccessRequestConfig;

#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_access_request_config_max_permitted_access_duration;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use entitlement_access_request_config_max_permitted_access_duration::EntitlementAccessRequestConfigMaxPermittedAccessDuration;

#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_access_request_config_max_permitted_access_duration_time_unit;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use entitlement_access_request_config_max_permitted_access_duration_time_unit::EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit;

#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_approval_scheme;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use entitlement_approval_scheme::EntitlementApprovalScheme;

#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_approval_scheme_approver_type;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use entitlement_approval_scheme_approver_type::EntitlementApprovalSchemeApproverType;

#[cfg(feature = "entitlements")]
mod entitlement_bulk_update_request;
#[cfg(feature = "entitlements")]
pub use entitlement_bulk_update_request::EntitlementBulkUpdateRequest;

#[cfg(any(feature = "access-profiles", feature = "roles"))]
mod entitlement_ref;
#[cfg(any(feature = "access-profiles", feature = "roles"))]
pub use entitlement_ref::EntitlementRef;

#[cfg(any(feature = "access-profiles", feature = "roles"))]
mod entitlement_ref_type;
#[cfg(any(feature = "access-profiles", feature = "roles"))]
pub use entitlement_ref_type::EntitlementRefType;

#[cfg(feature = "entitlements")]
mod entitlement_request_config;
#[cfg(feature = "entitlements")]
pub use entitlement_request_config::EntitlementRequestConfig;

#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_revocation_request_config;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use entitlement_revocation_request_config::EntitlementRevocationRequestConfig;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement_source;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use entitlement_source::EntitlementSource;

#[cfg(feature = "entitlements")]
mod entitlement_source_reset_base_reference_dto;
#[cfg(feature = "entitlements")]
pub use entitlement_source_reset_base_reference_dto::EntitlementSourceResetBaseReferenceDto;

#[cfg(feature = "iai-role-mining")]
mod entity_created_by_dto;
#[cfg(feature = "iai-role-mining")]
pub use entity_created_by_dto::EntityCreatedByDto;

#[cfg(feature = "custom-forms")]
mod error;
#[cfg(feature = "custom-forms")]
pub use error::Error;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
mod error401_response;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub use error401_response::Error401Response;

#[cfg(feature = "notifications")]
mod error405_response;
#[cfg(feature = "notifications")]
pub use error405_response::Error405Response;

#[cfg(feature = "access-profiles")]
mod error412_response;
#[cfg(feature = "access-profiles")]
pub use error412_response::Error412Response;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
mod error429_response;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub use error429_response::Error429Response;

#[cfg(feature = "custom-forms")]
mod error_message;
#[cfg(feature = "custom-forms")]
pub use error_message::ErrorMessage;

#[cfg(feature = "access-requests")]
mod error_message_dto;
#[cfg(feature = "access-requests")]
pub use error_message_dto::ErrorMessageDto;

#[cfg(feature = "access-requests")]
mod error_message_dto_list;
#[cfg(feature = "access-requests")]
pub use error_message_dto_list::ErrorMessageDtoList;

#[cfg(feature = "access-requests")]
mod error_response_dto;
#[cfg(feature = "access-requests")]
pub use error_response_dto::ErrorResponseDto;

#[cfg(feature = "work-reassignment")]
mod evaluate_response;
#[cfg(feature = "work-reassignment")]
pub use evaluate_response::EvaluateResponse;

#[cfg(feature = "workflows")]
mod event_attributes;
#[cfg(feature = "workflows")]
pub use event_attributes::EventAttributes;

#[cfg(feature = "triggers")]
mod event_bridge_config;
#[cfg(feature = "triggers")]
pub use event_bridge_config::EventBridgeConfig;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod example_input_access_item_requested_for_dto;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use example_input_access_item_requested_for_dto::ExampleInputAccessItemRequestedForDto;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod example_input_access_item_requested_for_dto_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use example_input_access_item_requested_for_dto_type::ExampleInputAccessItemRequestedForDtoType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod example_input_access_item_requester_dto;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use example_input_access_item_requester_dto::ExampleInputAccessItemRequesterDto;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod example_input_access_item_requester_dto_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use example_input_access_item_requester_dto_type::ExampleInputAccessItemRequesterDtoType;

#[cfg(feature = "triggers")]
mod example_output_access_request_dynamic_approver;
#[cfg(feature = "triggers")]
pub use example_output_access_request_dynamic_approver::ExampleOutputAccessRequestDynamicApprover;

#[cfg(feature = "triggers")]
mod example_output_access_request_dynamic_approver_type;
#[cfg(feature = "triggers")]
pub use example_output_access_request_dynamic_approver_type::ExampleOutputAccessRequestDynamicApproverType;

#[cfg(feature = "triggers")]
mod example_output_access_request_pre_approval;
#[cfg(feature = "triggers")]
pub use example_output_access_request_pre_approval::ExampleOutputAccessRequestPreApproval;

#[cfg(feature = "sod-violations")]
mod exception_access_criteria;
#[cfg(feature = "sod-violations")]
pub use exception_access_criteria::ExceptionAccessCriteria;

#[cfg(feature = "sod-violations")]
mod exception_criteria;
#[cfg(feature = "sod-violations")]
pub use exception_criteria::ExceptionCriteria;

#[cfg(feature = "unreferenced-schemas")]
mod exception_criteria_access;
#[cfg(feature = "unreferenced-schemas")]
pub use exception_criteria_access::ExceptionCriteriaAccess;

#[cfg(feature = "sod-violations")]
mod exception_criteria_criteria_list_inner;
#[cfg(feature = "sod-violations")]
pub use exception_criteria_criteria_list_inner::ExceptionCriteriaCriteriaListInner;

#[cfg(feature = "sod-violations")]
mod exception_criteria_criteria_list_inner_type;
#[cfg(feature = "sod-violations")]
pub use exception_criteria_criteria_list_inner_type::ExceptionCriteriaCriteriaListInnerType;

#[cfg(feature = "account-activities")]
mod execution_status;
#[cfg(feature = "account-activities")]
pub use execution_status::ExecutionStatus;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant200_response_inner;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant200_response_inner::ExportFormDefinitionsByTenant200ResponseInner;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant400_response;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant400_response::ExportFormDefinitionsByTenant400Response;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant401_response;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant401_response::ExportFormDefinitionsByTenant401Response;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant403_response;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant403_response::ExportFormDefinitionsByTenant403Response;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant500_response;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant500_response::ExportFormDefinitionsByTenant500Response;

#[cfg(feature = "sp-config")]
mod export_options;
#[cfg(feature = "sp-config")]
pub use export_options::ExportOptions;

#[cfg(feature = "sp-config")]
mod export_options_exclude_types_inner;
#[cfg(feature = "sp-config")]
pub use export_options_exclude_types_inner::ExportOptionsExcludeTypesInner;

#[cfg(feature = "sp-config")]
mod export_options_include_types_inner;
#[cfg(feature = "sp-config")]
pub use export_options_include_types_inner::ExportOptionsIncludeTypesInner;

#[cfg(feature = "iai-outliers")]
mod export_outliers_zip_type;
#[cfg(feature = "iai-outliers")]
pub use export_outliers_zip_type::ExportOutliersZipType;

#[cfg(feature = "sp-config")]
mod export_payload;
#[cfg(feature = "sp-config")]
pub use export_payload::ExportPayload;

#[cfg(feature = "segments")]
mod expression;
#[cfg(feature = "segments")]
pub use expression::Expression;

#[cfg(feature = "segments")]
mod expression_operator;
#[cfg(feature = "segments")]
pub use expression_operator::ExpressionOperator;

#[cfg(feature = "workflows")]
mod external_attributes;
#[cfg(feature = "workflows")]
pub use external_attributes::ExternalAttributes;

#[cfg(feature = "iai-recommendations")]
mod feature_value_dto;
#[cfg(feature = "iai-recommendations")]
pub use feature_value_dto::FeatureValueDto;

#[cfg(feature = "unreferenced-schemas")]
mod field;
#[cfg(feature = "unreferenced-schemas")]
pub use field::Field;

#[cfg(feature = "sources")]
mod field_details_dto;
#[cfg(feature = "sources")]
pub use field_details_dto::FieldDetailsDto;

#[cfg(feature = "sources")]
mod field_details_dto_type;
#[cfg(feature = "sources")]
pub use field_details_dto_type::FieldDetailsDtoType;

#[cfg(feature = "transforms")]
mod first_valid;
#[cfg(feature = "transforms")]
pub use first_valid::FirstValid;

#[cfg(feature = "work-items")]
mod form;
#[cfg(feature = "work-items")]
pub use form::Form;

#[cfg(feature = "custom-forms")]
mod form_condition;
#[cfg(feature = "custom-forms")]
pub use form_condition::FormCondition;

#[cfg(feature = "custom-forms")]
mod form_condition_rule_operator;
#[cfg(feature = "custom-forms")]
pub use form_condition_rule_operator::FormConditionRuleOperator;

#[cfg(feature = "custom-forms")]
mod form_definition_dynamic_schema_request;
#[cfg(feature = "custom-forms")]
pub use form_definition_dynamic_schema_request::FormDefinitionDynamicSchemaRequest;

#[cfg(feature = "custom-forms")]
mod form_definition_dynamic_schema_request_attributes;
#[cfg(feature = "custom-forms")]
pub use form_definition_dynamic_schema_request_attributes::FormDefinitionDynamicSchemaRequestAttributes;

#[cfg(feature = "custom-forms")]
mod form_definition_dynamic_schema_response;
#[cfg(feature = "custom-forms")]
pub use form_definition_dynamic_schema_response::FormDefinitionDynamicSchemaResponse;

#[cfg(feature = "custom-forms")]
mod form_definition_file_upload_response;
#[cfg(feature = "custom-forms")]
pub use form_definition_file_upload_response::FormDefinitionFileUploadResponse;

#[cfg(feature = "custom-forms")]
mod form_definition_input;
#[cfg(feature = "custom-forms")]
pub use form_definition_input::FormDefinitionInput;

#[cfg(feature = "custom-forms")]
mod form_definition_input_type;
#[cfg(feature = "custom-forms")]
pub use form_definition_input_type::FormDefinitionInputType;

#[cfg(feature = "custom-forms")]
mod form_definition_response;
#[cfg(feature = "custom-forms")]
pub use form_definition_response::FormDefinitionResponse;

#[cfg(feature = "custom-forms")]
mod form_definition_self_import_export_dto;
#[cfg(feature = "custom-forms")]
pub use form_definition_self_import_export_dto::FormDefinitionSelfImportExportDto;

#[cfg(feature = "custom-forms")]
mod form_definition_self_import_export_dto_type;
#[cfg(feature = "custom-forms")]
pub use form_definition_self_import_export_dto_type::FormDefinitionSelfImportExportDtoType;

#[cfg(feature = "custom-forms")]
mod form_element;
#[cfg(feature = "custom-forms")]
pub use form_element::FormElement;

#[cfg(feature = "custom-forms")]
mod form_element_data_source_config_options;
#[cfg(feature = "custom-forms")]
pub use form_element_data_source_config_options::FormElementDataSourceConfigOptions;

#[cfg(feature = "custom-forms")]
mod form_element_dynamic_data_source;
#[cfg(feature = "custom-forms")]
pub use form_element_dynamic_data_source::FormElementDynamicDataSource;

#[cfg(feature = "custom-forms")]
mod form_element_dynamic_data_source_config;
#[cfg(feature = "custom-forms")]
pub use form_element_dynamic_data_source_config::FormElementDynamicDataSourceConfig;

#[cfg(feature = "custom-forms")]
mod form_element_dynamic_data_source_config_indices_inner;
#[cfg(feature = "custom-forms")]
pub use form_element_dynamic_data_source_config_indices_inner::FormElementDynamicDataSourceConfigIndicesInner;

#[cfg(feature = "custom-forms")]
mod form_element_dynamic_data_source_config_object_type;
#[cfg(feature = "custom-forms")]
pub use form_element_dynamic_data_source_config_object_type::FormElementDynamicDataSourceConfigObjectType;

#[cfg(feature = "custom-forms")]
mod form_element_dynamic_data_source_data_source_type;
#[cfg(feature = "custom-forms")]
pub use form_element_dynamic_data_source_data_source_type::FormElementDynamicDataSourceDataSourceType;

#[cfg(feature = "custom-forms")]
mod form_element_element_type;
#[cfg(feature = "custom-forms")]
pub use form_element_element_type::FormElementElementType;

#[cfg(feature = "custom-forms")]
mod form_element_preview_request;
#[cfg(feature = "custom-forms")]
pub use form_element_preview_request::FormElementPreviewRequest;

#[cfg(feature = "custom-forms")]
mod form_element_validations_set;
#[cfg(feature = "custom-forms")]
pub use form_element_validations_set::FormElementValidationsSet;

#[cfg(feature = "custom-forms")]
mod form_element_validations_set_validation_type;
#[cfg(feature = "custom-forms")]
pub use form_element_validations_set_validation_type::FormElementValidationsSetValidationType;

#[cfg(feature = "custom-forms")]
mod form_error;
#[cfg(feature = "custom-forms")]
pub use form_error::FormError;

#[cfg(feature = "custom-forms")]
mod form_instance_created_by;
#[cfg(feature = "custom-forms")]
pub use form_instance_created_by::FormInstanceCreatedBy;

#[cfg(feature = "custom-forms")]
mod form_instance_created_by_type;
#[cfg(feature = "custom-forms")]
pub use form_instance_created_by_type::FormInstanceCreatedByType;

#[cfg(feature = "custom-forms")]
mod form_instance_recipient;
#[cfg(feature = "custom-forms")]
pub use form_instance_recipient::FormInstanceRecipient;

#[cfg(feature = "custom-forms")]
mod form_instance_recipient_type;
#[cfg(feature = "custom-forms")]
pub use form_instance_recipient_type::FormInstanceRecipientType;

#[cfg(feature = "custom-forms")]
mod form_instance_response;
#[cfg(feature = "custom-forms")]
pub use form_instance_response::FormInstanceResponse;

#[cfg(feature = "custom-forms")]
mod form_instance_response_state;
#[cfg(feature = "custom-forms")]
pub use form_instance_response_state::FormInstanceResponseState;

#[cfg(feature = "unreferenced-schemas")]
mod form_item;
#[cfg(feature = "unreferenced-schemas")]
pub use form_item::FormItem;

#[cfg(feature = "custom-forms")]
mod form_owner;
#[cfg(feature = "custom-forms")]
pub use form_owner::FormOwner;

#[cfg(feature = "custom-forms")]
mod form_owner_type;
#[cfg(feature = "custom-forms")]
pub use form_owner_type::FormOwnerType;

#[cfg(feature = "webhooks")]
mod form_submitted;
#[cfg(feature = "webhooks")]
pub use form_submitted::FormSubmitted;

#[cfg(feature = "webhooks")]
mod form_submitted_created_by;
#[cfg(feature = "webhooks")]
pub use form_submitted_created_by::FormSubmittedCreatedBy;

#[cfg(feature = "webhooks")]
mod form_submitted_created_by_type;
#[cfg(feature = "webhooks")]
pub use form_submitted_created_by_type::FormSubmittedCreatedByType;

#[cfg(feature = "webhooks")]
mod form_submitted_submitted_by;
#[cfg(feature = "webhooks")]
pub use form_submitted_submitted_by::FormSubmittedSubmittedBy;

#[cfg(feature = "webhooks")]
mod form_submitted_submitted_by_type;
#[cfg(feature = "webhooks")]
pub use form_submitted_submitted_by_type::FormSubmittedSubmittedByType;

#[cfg(feature = "custom-forms")]
mod form_used_by;
#[cfg(feature = "custom-forms")]
pub use form_used_by::FormUsedBy;

#[cfg(feature = "custom-forms")]
mod form_used_by_type;
#[cfg(feature = "custom-forms")]
pub use form_used_by_type::FormUsedByType;

#[cfg(feature = "access-request-approvals")]
mod forward_approval_dto;
#[cfg(feature = "access-request-approvals")]
pub use forward_approval_dto::ForwardApprovalDto;

#[cfg(feature = "application-discovery")]
mod full_discovered_applications;
#[cfg(feature = "application-discovery")]
pub use full_discovered_applications::FullDiscoveredApplications;

#[cfg(feature = "application-discovery")]
mod full_discovered_applications_risk_level;
#[cfg(feature = "application-discovery")]
pub use full_discovered_applications_risk_level::FullDiscoveredApplicationsRiskLevel;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign::Fullcampaign;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_correlated_status;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_correlated_status::FullcampaignCorrelatedStatus;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_filter;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_filter::FullcampaignFilter;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_filter_type;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_filter_type::FullcampaignFilterType;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_machine_account_campaign_info;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_machine_account_campaign_info::FullcampaignMachineAccountCampaignInfo;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_machine_account_campaign_info_reviewer_type;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_machine_account_campaign_info_reviewer_type::FullcampaignMachineAccountCampaignInfoReviewerType;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_mandatory_comment_requirement;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_mandatory_comment_requirement::FullcampaignMandatoryCommentRequirement;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_role_composition_campaign_info;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_role_composition_campaign_info::FullcampaignRoleCompositionCampaignInfo;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_role_composition_campaign_info_remediator_ref;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_role_composition_campaign_info_remediator_ref::FullcampaignRoleCompositionCampaignInfoRemediatorRef;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_role_composition_campaign_info_remediator_ref_type;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_role_composition_campaign_info_remediator_ref_type::FullcampaignRoleCompositionCampaignInfoRemediatorRefType;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_role_composition_campaign_info_reviewer;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_role_composition_campaign_info_reviewer::FullcampaignRoleCompositionCampaignInfoReviewer;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_role_composition_campaign_info_reviewer_type;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_role_composition_campaign_info_reviewer_type::FullcampaignRoleCompositionCampaignInfoReviewerType;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_search_campaign_info;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_search_campaign_info::FullcampaignSearchCampaignInfo;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_search_campaign_info_reviewer;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_search_campaign_info_reviewer::FullcampaignSearchCampaignInfoReviewer;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_search_campaign_info_reviewer_type;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_search_campaign_info_reviewer_type::FullcampaignSearchCampaignInfoReviewerType;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_search_campaign_info_type;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_search_campaign_info_type::FullcampaignSearchCampaignInfoType;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_source_owner_campaign_info;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_source_owner_campaign_info::FullcampaignSourceOwnerCampaignInfo;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_sources_with_orphan_entitlements_inner;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_sources_with_orphan_entitlements_inner::FullcampaignSourcesWithOrphanEntitlementsInner;

#[cfg(feature = "certification-campaigns")]
mod fullcampaign_sources_with_orphan_entitlements_inner_type;
#[cfg(feature = "certification-campaigns")]
pub use fullcampaign_sources_with_orphan_entitlements_inner_type::FullcampaignSourcesWithOrphanEntitlementsInnerType;

#[cfg(feature = "transforms")]
mod generate_random_string;
#[cfg(feature = "transforms")]
pub use generate_random_string::GenerateRandomString;

#[cfg(feature = "access-request-identity-metrics")]
mod get_access_request_identity_metrics_type;
#[cfg(feature = "access-request-identity-metrics")]
pub use get_access_request_identity_metrics_type::GetAccessRequestIdentityMetricsType;

#[cfg(feature = "certification-campaigns")]
mod get_active_campaigns200_response_inner;
#[cfg(feature = "certification-campaigns")]
pub use get_active_campaigns200_response_inner::GetActiveCampaigns200ResponseInner;

#[cfg(feature = "certification-campaigns")]
mod get_active_campaigns_detail;
#[cfg(feature = "certification-campaigns")]
pub use get_active_campaigns_detail::GetActiveCampaignsDetail;

#[cfg(feature = "connectors")]
mod get_connector_list_locale;
#[cfg(feature = "connectors")]
pub use get_connector_list_locale::GetConnectorListLocale;

#[cfg(feature = "custom-password-instructions")]
mod get_custom_password_instructions_page_id;
#[cfg(feature = "custom-password-instructions")]
pub use get_custom_password_instructions_page_id::GetCustomPasswordInstructionsPageId;

#[cfg(feature = "application-discovery")]
mod get_discovered_applications200_response_inner;
#[cfg(feature = "application-discovery")]
pub use get_discovered_applications200_response_inner::GetDiscoveredApplications200ResponseInner;

#[cfg(feature = "application-discovery")]
mod get_discovered_applications_detail;
#[cfg(feature = "application-discovery")]
pub use get_discovered_applications_detail::GetDiscoveredApplicationsDetail;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3400_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3400_response::GetFileFromS3400Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3400_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3400_response2::GetFileFromS3400Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3400_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3400_response3::GetFileFromS3400Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3400_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3400_response4::GetFileFromS3400Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3401_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3401_response::GetFileFromS3401Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3401_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3401_response2::GetFileFromS3401Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3401_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3401_response3::GetFileFromS3401Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3401_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3401_response4::GetFileFromS3401Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3403_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3403_response::GetFileFromS3403Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3403_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3403_response2::GetFileFromS3403Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3403_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3403_response3::GetFileFromS3403Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3403_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3403_response4::GetFileFromS3403Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3404_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3404_response::GetFileFromS3404Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3404_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3404_response2::GetFileFromS3404Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3404_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3404_response3::GetFileFromS3404Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3404_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3404_response4::GetFileFromS3404Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3500_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3500_response::GetFileFromS3500Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3500_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3500_response2::GetFileFromS3500Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3500_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3500_response3::GetFileFromS3500Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3500_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3500_response4::GetFileFromS3500Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3503_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3503_response::GetFileFromS3503Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3503_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3503_response2::GetFileFromS3503Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3503_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3503_response3::GetFileFromS3503Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3503_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3503_response4::GetFileFromS3503Response4;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key400_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key400_response::GetFormDefinitionByKey400Response;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key401_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key401_response::GetFormDefinitionByKey401Response;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key403_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key403_response::GetFormDefinitionByKey403Response;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key404_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key404_response::GetFormDefinitionByKey404Response;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key500_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key500_response::GetFormDefinitionByKey500Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key400_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key400_response::GetFormInstanceByKey400Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key401_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key401_response::GetFormInstanceByKey401Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key403_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key403_response::GetFormInstanceByKey403Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key404_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key404_response::GetFormInstanceByKey404Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key500_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key500_response::GetFormInstanceByKey500Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file400_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file400_response::GetFormInstanceFile400Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file400_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file400_response2::GetFormInstanceFile400Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file400_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file400_response3::GetFormInstanceFile400Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file400_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file400_response4::GetFormInstanceFile400Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file401_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file401_response::GetFormInstanceFile401Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file401_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file401_response2::GetFormInstanceFile401Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file401_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file401_response3::GetFormInstanceFile401Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file401_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file401_response4::GetFormInstanceFile401Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file403_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file403_response::GetFormInstanceFile403Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file403_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file403_response2::GetFormInstanceFile403Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file403_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file403_response3::GetFormInstanceFile403Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file403_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file403_response4::GetFormInstanceFile403Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file404_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file404_response::GetFormInstanceFile404Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file404_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file404_response2::GetFormInstanceFile404Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file404_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file404_response3::GetFormInstanceFile404Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file404_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file404_response4::GetFormInstanceFile404Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file500_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file500_response::GetFormInstanceFile500Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file500_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file500_response2::GetFormInstanceFile500Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file500_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file500_response3::GetFormInstanceFile500Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file500_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file500_response4::GetFormInstanceFile500Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file503_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file503_response::GetFormInstanceFile503Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file503_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file503_response2::GetFormInstanceFile503Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file503_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file503_response3::GetFormInstanceFile503Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file503_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file503_response4::GetFormInstanceFile503Response4;

#[cfg(feature = "identity-history")]
mod get_historical_identity_events200_response_inner;
#[cfg(feature = "identity-history")]
pub use get_historical_identity_events200_response_inner::GetHistoricalIdentityEvents200ResponseInner;

#[cfg(feature = "iai-outliers")]
mod get_identity_outlier_snapshots_type;
#[cfg(feature = "iai-outliers")]
pub use get_identity_outlier_snapshots_type::GetIdentityOutlierSnapshotsType;

#[cfg(feature = "iai-outliers")]
mod get_identity_outliers_type;
#[cfg(feature = "iai-outliers")]
pub use get_identity_outliers_type::GetIdentityOutliersType;

#[cfg(feature = "identity-history")]
mod get_identity_snapshot_summary_interval;
#[cfg(feature = "identity-history")]
pub use get_identity_snapshot_summary_interval::GetIdentitySnapshotSummaryInterval;

#[cfg(feature = "iai-outliers")]
mod get_latest_identity_outlier_snapshots_type;
#[cfg(feature = "iai-outliers")]
pub use get_latest_identity_outlier_snapshots_type::GetLatestIdentityOutlierSnapshotsType;

#[cfg(feature = "launchers")]
mod get_launchers200_response;
#[cfg(feature = "launchers")]
pub use get_launchers200_response::GetLaunchers200Response;

#[cfg(feature = "iai-message-catalogs")]
mod get_message_catalogs_catalog_id;
#[cfg(feature = "iai-message-catalogs")]
pub use get_message_catalogs_catalog_id::GetMessageCatalogsCatalogId;

#[cfg(feature = "o-auth-clients")]
mod get_o_auth_client_response;
#[cfg(feature = "o-auth-clients")]
pub use get_o_auth_client_response::GetOAuthClientResponse;

#[cfg(feature = "iai-peer-group-strategies")]
mod get_peer_group_outliers_strategy;
#[cfg(feature = "iai-peer-group-strategies")]
pub use get_peer_group_outliers_strategy::GetPeerGroupOutliersStrategy;

#[cfg(feature = "personal-access-tokens")]
mod get_personal_access_token_response;
#[cfg(feature = "personal-access-tokens")]
pub use get_personal_access_token_response::GetPersonalAccessTokenResponse;

#[cfg(feature = "transforms")]
mod get_reference_identity_attribute;
#[cfg(feature = "transforms")]
pub use get_reference_identity_attribute::GetReferenceIdentityAttribute;

#[cfg(feature = "identities")]
mod get_role_assignments200_response_inner;
#[cfg(feature = "identities")]
pub use get_role_assignments200_response_inner::GetRoleAssignments200ResponseInner;

#[cfg(feature = "sources")]
mod get_source_config_locale;
#[cfg(feature = "sources")]
pub use get_source_config_locale::GetSourceConfigLocale;

#[cfg(feature = "sources")]
mod get_source_schemas_include_types;
#[cfg(feature = "sources")]
pub use get_source_schemas_include_types::GetSourceSchemasIncludeTypes;

#[cfg(feature = "tagged-objects")]
mod get_tagged_object_type;
#[cfg(feature = "tagged-objects")]
pub use get_tagged_object_type::GetTaggedObjectType;

#[cfg(feature = "o-auth-clients")]
mod grant_type;
#[cfg(feature = "o-auth-clients")]
pub use grant_type::GrantType;

#[cfg(feature = "triggers")]
mod http_authentication_type;
#[cfg(feature = "triggers")]
pub use http_authentication_type::HttpAuthenticationType;

#[cfg(feature = "triggers")]
mod http_config;
#[cfg(feature = "triggers")]
pub use http_config::HttpConfig;

#[cfg(feature = "triggers")]
mod http_dispatch_mode;
#[cfg(feature = "triggers")]
pub use http_dispatch_mode::HttpDispatchMode;

#[cfg(feature = "accounts")]
mod identities_accounts_bulk_request;
#[cfg(feature = "accounts")]
pub use identities_accounts_bulk_request::IdentitiesAccountsBulkRequest;

#[cfg(feature = "identities")]
mod identity;
#[cfg(feature = "identities")]
pub use identity::Identity;

#[cfg(feature = "identities")]
mod identity_association_details;
#[cfg(feature = "identities")]
pub use identity_association_details::IdentityAssociationDetails;

#[cfg(feature = "identities")]
mod identity_association_details_association_details_inner;
#[cfg(feature = "identities")]
pub use identity_association_details_association_details_inner::IdentityAssociationDetailsAssociationDetailsInner;

#[cfg(feature = "identity-attributes")]
mod identity_attribute;
#[cfg(feature = "identity-attributes")]
pub use identity_attribute::IdentityAttribute;

#[cfg(feature = "identity-profiles")]
mod identity_attribute_config;
#[cfg(feature = "identity-profiles")]
pub use identity_attribute_config::IdentityAttributeConfig;

#[cfg(feature = "identity-attributes")]
mod identity_attribute_names;
#[cfg(feature = "identity-attributes")]
pub use identity_attribute_names::IdentityAttributeNames;

#[cfg(feature = "identity-profiles")]
mod identity_attribute_preview;
#[cfg(feature = "identity-profiles")]
pub use identity_attribute_preview::IdentityAttributePreview;

#[cfg(feature = "identity-profiles")]
mod identity_attribute_transform;
#[cfg(feature = "identity-profiles")]
pub use identity_attribute_transform::IdentityAttributeTransform;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_attributes_changed;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_attributes_changed::IdentityAttributesChanged;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_attributes_changed_changes_inner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_attributes_changed_changes_inner::IdentityAttributesChangedChangesInner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_attributes_changed_changes_inner_new_value;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_attributes_changed_changes_inner_new_value::IdentityAttributesChangedChangesInnerNewValue;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_attributes_changed_changes_inner_new_value_variant4_value;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_attributes_changed_changes_inner_new_value_variant4_value::IdentityAttributesChangedChangesInnerNewValueVariant4Value;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_attributes_changed_changes_inner_old_value;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_attributes_changed_changes_inner_old_value::IdentityAttributesChangedChangesInnerOldValue;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_attributes_changed_changes_inner_old_value_variant4_value;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_attributes_changed_changes_inner_old_value_variant4_value::IdentityAttributesChangedChangesInnerOldValueVariant4Value;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_attributes_changed_identity;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_attributes_changed_identity::IdentityAttributesChangedIdentity;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_attributes_changed_identity_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_attributes_changed_identity_type::IdentityAttributesChangedIdentityType;

#[cfg(feature = "identity-attributes")]
mod identity_attributes_source;
#[cfg(feature = "identity-attributes")]
pub use identity_attributes_source::IdentityAttributesSource;

#[cfg(feature = "certifications")]
mod identity_certification_task;
#[cfg(feature = "certifications")]
pub use identity_certification_task::IdentityCertificationTask;

#[cfg(feature = "certifications")]
mod identity_certification_task_status;
#[cfg(feature = "certifications")]
pub use identity_certification_task_status::IdentityCertificationTaskStatus;

#[cfg(feature = "certifications")]
mod identity_certification_task_type;
#[cfg(feature = "certifications")]
pub use identity_certification_task_type::IdentityCertificationTaskType;

#[cfg(feature = "identity-history")]
mod identity_certified;
#[cfg(feature = "identity-history")]
pub use identity_certified::IdentityCertified;

#[cfg(feature = "identity-history")]
mod identity_compare_response;
#[cfg(feature = "identity-history")]
pub use identity_compare_response::IdentityCompareResponse;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_created;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_created::IdentityCreated;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_created_identity;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_created_identity::IdentityCreatedIdentity;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_created_identity_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_created_identity_type::IdentityCreatedIdentityType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_deleted;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_deleted::IdentityDeleted;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_deleted_identity;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_deleted_identity::IdentityDeletedIdentity;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod identity_deleted_identity_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use identity_deleted_identity_type::IdentityDeletedIdentityType;

#[cfg(feature = "identities")]
mod identity_entities;
#[cfg(feature = "identities")]
pub use identity_entities::IdentityEntities;

#[cfg(feature = "identities")]
mod identity_entities_identity_entity;
#[cfg(feature = "identities")]
pub use identity_entities_identity_entity::IdentityEntitiesIdentityEntity;

#[cfg(feature = "identity-profiles")]
mod identity_exception_report_reference;
#[cfg(feature = "identity-profiles")]
pub use identity_exception_report_reference::IdentityExceptionReportReference;

#[cfg(feature = "identity-history")]
mod identity_history_response;
#[cfg(feature = "identity-history")]
pub use identity_history_response::IdentityHistoryResponse;

#[cfg(feature = "identities")]
mod identity_identity_status;
#[cfg(feature = "identities")]
pub use identity_identity_status::IdentityIdentityStatus;

#[cfg(feature = "identity-history")]
mod identity_list_item;
#[cfg(feature = "identity-history")]
pub use identity_list_item::IdentityListItem;

#[cfg(feature = "identities")]
mod identity_manager_ref;
#[cfg(feature = "identities")]
pub use identity_manager_ref::IdentityManagerRef;

#[cfg(feature = "identities")]
mod identity_manager_ref_type;
#[cfg(feature = "identities")]
pub use identity_manager_ref_type::IdentityManagerRefType;

#[cfg(feature = "identities")]
mod identity_ownership_association_details;
#[cfg(feature = "identities")]
pub use identity_ownership_association_details::IdentityOwnershipAssociationDetails;

#[cfg(feature = "identities")]
mod identity_ownership_association_details_association_details_inner;
#[cfg(feature = "identities")]
pub use identity_ownership_association_details_association_details_inner::IdentityOwnershipAssociationDetailsAssociationDetailsInner;

#[cfg(feature = "identity-profiles")]
mod identity_preview_request;
#[cfg(feature = "identity-profiles")]
pub use identity_preview_request::IdentityPreviewRequest;

#[cfg(feature = "identity-profiles")]
mod identity_preview_response;
#[cfg(feature = "identity-profiles")]
pub use identity_preview_response::IdentityPreviewResponse;

#[cfg(feature = "identity-profiles")]
mod identity_preview_response_identity;
#[cfg(feature = "identity-profiles")]
pub use identity_preview_response_identity::IdentityPreviewResponseIdentity;

#[cfg(feature = "identity-profiles")]
mod identity_preview_response_identity_type;
#[cfg(feature = "identity-profiles")]
pub use identity_preview_response_identity_type::IdentityPreviewResponseIdentityType;

#[cfg(feature = "identities")]
mod identity_processing_state;
#[cfg(feature = "identities")]
pub use identity_processing_state::IdentityProcessingState;

#[cfg(feature = "identity-profiles")]
mod identity_profile;
#[cfg(feature = "identity-profiles")]
pub use identity_profile::IdentityProfile;

#[cfg(feature = "identity-profiles")]
mod identity_profile_authoritative_source;
#[cfg(feature = "identity-profiles")]
pub use identity_profile_authoritative_source::IdentityProfileAuthoritativeSource;

#[cfg(feature = "identity-profiles")]
mod identity_profile_authoritative_source_type;
#[cfg(feature = "identity-profiles")]
pub use identity_profile_authoritative_source_type::IdentityProfileAuthoritativeSourceType;

#[cfg(feature = "identity-profiles")]
mod identity_profile_bulk_delete;
#[cfg(feature = "identity-profiles")]
pub use identity_profile_bulk_delete::IdentityProfileBulkDelete;

#[cfg(feature = "identity-profiles")]
mod identity_profile_exported_object;
#[cfg(feature = "identity-profiles")]
pub use identity_profile_exported_object::IdentityProfileExportedObject;

#[cfg(feature = "identity-profiles")]
mod identity_profile_owner;
#[cfg(feature = "identity-profiles")]
pub use identity_profile_owner::IdentityProfileOwner;

#[cfg(feature = "identity-profiles")]
mod identity_profile_owner_type;
#[cfg(feature = "identity-profiles")]
pub use identity_profile_owner_type::IdentityProfileOwnerType;

#[cfg(feature = "public-identities-config")]
mod identity_reference;
#[cfg(feature = "public-identities-config")]
pub use identity_reference::IdentityReference;

#[cfg(feature = "non-employee-lifecycle-management")]
mod identity_reference_with_id;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use identity_reference_with_id::IdentityReferenceWithId;

#[cfg(
    any(
        feature = "access-requests",
        feature = "certifications",
        feature = "requestable-objects"
    )
)]
mod identity_reference_with_name_and_email;
#[cfg(
    any(
        feature = "access-requests",
        feature = "certifications",
        feature = "requestable-objects"
    )
)]
pub use identity_reference_with_name_and_email::IdentityReferenceWithNameAndEmail;

#[cfg(feature = "identity-history")]
mod identity_snapshot_summary_response;
#[cfg(feature = "identity-history")]
pub use identity_snapshot_summary_response::IdentitySnapshotSummaryResponse;

#[cfg(feature = "account-activities")]
mod identity_summary;
#[cfg(feature = "account-activities")]
pub use identity_summary::IdentitySummary;

#[cfg(feature = "identities")]
mod identity_sync_job;
#[cfg(feature = "identities")]
pub use identity_sync_job::IdentitySyncJob;

#[cfg(feature = "identities")]
mod identity_sync_job_status;
#[cfg(feature = "identities")]
pub use identity_sync_job_status::IdentitySyncJobStatus;

#[cfg(feature = "identities")]
mod identity_sync_payload;
#[cfg(feature = "identities")]
pub use identity_sync_payload::IdentitySyncPayload;

#[cfg(feature = "sod-violations")]
mod identity_with_new_access;
#[cfg(feature = "sod-violations")]
pub use identity_with_new_access::IdentityWithNewAccess;

#[cfg(feature = "sod-violations")]
mod identity_with_new_access_access_refs_inner;
#[cfg(feature = "sod-violations")]
pub use identity_with_new_access_access_refs_inner::IdentityWithNewAccessAccessRefsInner;

#[cfg(feature = "sod-violations")]
mod identity_with_new_access_access_refs_inner_type;
#[cfg(feature = "sod-violations")]
pub use identity_with_new_access_access_refs_inner_type::IdentityWithNewAccessAccessRefsInnerType;

#[cfg(feature = "sources")]
mod import_accounts_request;
#[cfg(feature = "sources")]
pub use import_accounts_request::ImportAccountsRequest;

#[cfg(feature = "sources")]
mod import_accounts_request2;
#[cfg(feature = "sources")]
pub use import_accounts_request2::ImportAccountsRequest2;

#[cfg(feature = "sources")]
mod import_accounts_request2_disable_optimization;
#[cfg(feature = "sources")]
pub use import_accounts_request2_disable_optimization::ImportAccountsRequest2DisableOptimization;

#[cfg(feature = "sources")]
mod import_accounts_request_disable_optimization;
#[cfg(feature = "sources")]
pub use import_accounts_request_disable_optimization::ImportAccountsRequestDisableOptimization;

#[cfg(feature = "entitlements")]
mod import_entitlements_by_source_request;
#[cfg(feature = "entitlements")]
pub use import_entitlements_by_source_request::ImportEntitlementsBySourceRequest;

#[cfg(feature = "sources")]
mod import_entitlements_request;
#[cfg(feature = "sources")]
pub use import_entitlements_request::ImportEntitlementsRequest;

#[cfg(feature = "custom-forms")]
mod import_form_definitions202_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions202_response::ImportFormDefinitions202Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions202_response_errors_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions202_response_errors_inner::ImportFormDefinitions202ResponseErrorsInner;

#[cfg(feature = "custom-forms")]
mod import_form_definitions202_response_imported_objects_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions202_response_imported_objects_inner::ImportFormDefinitions202ResponseImportedObjectsInner;

#[cfg(feature = "custom-forms")]
mod import_form_definitions202_response_infos_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions202_response_infos_inner::ImportFormDefinitions202ResponseInfosInner;

#[cfg(feature = "custom-forms")]
mod import_form_definitions202_response_warnings_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions202_response_warnings_inner::ImportFormDefinitions202ResponseWarningsInner;

#[cfg(feature = "custom-forms")]
mod import_form_definitions400_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions400_response::ImportFormDefinitions400Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions401_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions401_response::ImportFormDefinitions401Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions403_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions403_response::ImportFormDefinitions403Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions500_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions500_response::ImportFormDefinitions500Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_request_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_request_inner::ImportFormDefinitionsRequestInner;

#[cfg(feature = "non-employee-lifecycle-management")]
mod import_non_employee_records_in_bulk_request;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use import_non_employee_records_in_bulk_request::ImportNonEmployeeRecordsInBulkRequest;

#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
mod import_object;
#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
pub use import_object::ImportObject;

#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
mod import_object_type;
#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
pub use import_object_type::ImportObjectType;

#[cfg(feature = "sp-config")]
mod import_options;
#[cfg(feature = "sp-config")]
pub use import_options::ImportOptions;

#[cfg(feature = "sp-config")]
mod import_options_default_references_inner;
#[cfg(feature = "sp-config")]
pub use import_options_default_references_inner::ImportOptionsDefaultReferencesInner;

#[cfg(feature = "sp-config")]
mod import_options_exclude_types_inner;
#[cfg(feature = "sp-config")]
pub use import_options_exclude_types_inner::ImportOptionsExcludeTypesInner;

#[cfg(feature = "sp-config")]
mod import_options_include_types_inner;
#[cfg(feature = "sp-config")]
pub use import_options_include_types_inner::ImportOptionsIncludeTypesInner;

#[cfg(feature = "sources")]
mod import_source_accounts_schema_request;
#[cfg(feature = "sources")]
pub use import_source_accounts_schema_request::ImportSourceAccountsSchemaRequest;

#[cfg(feature = "sources")]
mod import_source_connector_file_request;
#[cfg(feature = "sources")]
pub use import_source_connector_file_request::ImportSourceConnectorFileRequest;

#[cfg(feature = "sources")]
mod import_source_entitlements_schema_request;
#[cfg(feature = "sources")]
pub use import_source_entitlements_schema_request::ImportSourceEntitlementsSchemaRequest;

#[cfg(feature = "sp-config")]
mod import_sp_config_request;
#[cfg(feature = "sp-config")]
pub use import_sp_config_request::ImportSpConfigRequest;

#[cfg(feature = "sources")]
mod import_uncorrelated_accounts_request;
#[cfg(feature = "sources")]
pub use import_uncorrelated_accounts_request::ImportUncorrelatedAccountsRequest;

#[cfg(feature = "transforms")]
mod index_of;
#[cfg(feature = "transforms")]
pub use index_of::IndexOf;

#[cfg(feature = "transforms")]
mod input;
#[cfg(feature = "transforms")]
pub use input::Input;

#[cfg(feature = "identities")]
mod invite_identities_request;
#[cfg(feature = "identities")]
pub use invite_identities_request::InviteIdentitiesRequest;

#[cfg(feature = "triggers")]
mod invocation;
#[cfg(feature = "triggers")]
pub use invocation::Invocation;

#[cfg(feature = "triggers")]
mod invocation_status;
#[cfg(feature = "triggers")]
pub use invocation_status::InvocationStatus;

#[cfg(feature = "triggers")]
mod invocation_status_type;
#[cfg(feature = "triggers")]
pub use invocation_status_type::InvocationStatusType;

#[cfg(feature = "transforms")]
mod iso3166;
#[cfg(feature = "transforms")]
pub use iso3166::Iso3166;

#[cfg(feature = "sim-integrations")]
mod json_patch;
#[cfg(feature = "sim-integrations")]
pub use json_patch::JsonPatch;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sources",
        feature = "task-management",
        feature = "workflows"
    )
)]
mod json_patch_operation;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sources",
        feature = "task-management",
        feature = "workflows"
    )
)]
pub use json_patch_operation::JsonPatchOperation;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sources",
        feature = "task-management",
        feature = "workflows"
    )
)]
mod json_patch_operation_op;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sources",
        feature = "task-management",
        feature = "workflows"
    )
)]
pub use json_patch_operation_op::JsonPatchOperationOp;

#[cfg(feature = "iai-role-mining")]
mod json_patch_operation_role_mining;
#[cfg(feature = "iai-role-mining")]
pub use json_patch_operation_role_mining::JsonPatchOperationRoleMining;

#[cfg(feature = "iai-role-mining")]
mod json_patch_operation_role_mining_op;
#[cfg(feature = "iai-role-mining")]
pub use json_patch_operation_role_mining_op::JsonPatchOperationRoleMiningOp;

#[cfg(feature = "iai-role-mining")]
mod json_patch_operation_role_mining_value;
#[cfg(feature = "iai-role-mining")]
pub use json_patch_operation_role_mining_value::JsonPatchOperationRoleMiningValue;

#[cfg(feature = "iai-role-mining")]
mod json_patch_operation_role_mining_value_array_inner;
#[cfg(feature = "iai-role-mining")]
pub use json_patch_operation_role_mining_value_array_inner::JsonPatchOperationRoleMiningValueArrayInner;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sources",
        feature = "task-management",
        feature = "workflows"
    )
)]
mod json_patch_operation_value;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sources",
        feature = "task-management",
        feature = "workflows"
    )
)]
pub use json_patch_operation_value::JsonPatchOperationValue;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sources",
        feature = "task-management",
        feature = "workflows"
    )
)]
mod json_patch_operation_value_array_inner;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sources",
        feature = "task-management",
        feature = "workflows"
    )
)]
pub use json_patch_operation_value_array_inner::JsonPatchOperationValueArrayInner;

#[cfg(feature = "application-discovery")]
mod json_patch_operations;
#[cfg(feature = "application-discovery")]
pub use json_patch_operations::JsonPatchOperations;

#[cfg(feature = "application-discovery")]
mod json_patch_operations_op;
#[cfg(feature = "application-discovery")]
pub use json_patch_operations_op::JsonPatchOperationsOp;

#[cfg(feature = "application-discovery")]
mod json_patch_operations_value;
#[cfg(feature = "application-discovery")]
pub use json_patch_operations_value::JsonPatchOperationsValue;

#[cfg(any(feature = "mfa-configuration", feature = "mfa-controller"))]
mod kba_answer_request_item;
#[cfg(any(feature = "mfa-configuration", feature = "mfa-controller"))]
pub use kba_answer_request_item::KbaAnswerRequestItem;

#[cfg(feature = "mfa-configuration")]
mod kba_answer_response_item;
#[cfg(feature = "mfa-configuration")]
pub use kba_answer_response_item::KbaAnswerResponseItem;

#[cfg(feature = "mfa-controller")]
mod kba_auth_response;
#[cfg(feature = "mfa-controller")]
pub use kba_auth_response::KbaAuthResponse;

#[cfg(feature = "mfa-controller")]
mod kba_auth_response_item;
#[cfg(feature = "mfa-controller")]
pub use kba_auth_response_item::KbaAuthResponseItem;

#[cfg(feature = "mfa-controller")]
mod kba_auth_response_status;
#[cfg(feature = "mfa-controller")]
pub use kba_auth_response_status::KbaAuthResponseStatus;

#[cfg(feature = "mfa-configuration")]
mod kba_question;
#[cfg(feature = "mfa-configuration")]
pub use kba_question::KbaQuestion;

#[cfg(feature = "iai-outliers")]
mod latest_outlier_summary;
#[cfg(feature = "iai-outliers")]
pub use latest_outlier_summary::LatestOutlierSummary;

#[cfg(feature = "iai-outliers")]
mod latest_outlier_summary_type;
#[cfg(feature = "iai-outliers")]
pub use latest_outlier_summary_type::LatestOutlierSummaryType;

#[cfg(feature = "launchers")]
mod launcher;
#[cfg(feature = "launchers")]
pub use launcher::Launcher;

#[cfg(feature = "launchers")]
mod launcher_owner;
#[cfg(feature = "launchers")]
pub use launcher_owner::LauncherOwner;

#[cfg(feature = "launchers")]
mod launcher_reference;
#[cfg(feature = "launchers")]
pub use launcher_reference::LauncherReference;

#[cfg(feature = "launchers")]
mod launcher_reference_type;
#[cfg(feature = "launchers")]
pub use launcher_reference_type::LauncherReferenceType;

#[cfg(feature = "launchers")]
mod launcher_request;
#[cfg(feature = "launchers")]
pub use launcher_request::LauncherRequest;

#[cfg(feature = "launchers")]
mod launcher_request_reference;
#[cfg(feature = "launchers")]
pub use launcher_request_reference::LauncherRequestReference;

#[cfg(feature = "launchers")]
mod launcher_request_reference_type;
#[cfg(feature = "launchers")]
pub use launcher_request_reference_type::LauncherRequestReferenceType;

#[cfg(feature = "launchers")]
mod launcher_request_type;
#[cfg(feature = "launchers")]
pub use launcher_request_type::LauncherRequestType;

#[cfg(feature = "launchers")]
mod launcher_type;
#[cfg(feature = "launchers")]
pub use launcher_type::LauncherType;

#[cfg(feature = "transforms")]
mod left_pad;
#[cfg(feature = "transforms")]
pub use left_pad::LeftPad;

#[cfg(feature = "tenant")]
mod license;
#[cfg(feature = "tenant")]
pub use license::License;

#[cfg(feature = "lifecycle-states")]
mod lifecycle_state;
#[cfg(feature = "lifecycle-states")]
pub use lifecycle_state::LifecycleState;

#[cfg(feature = "identities")]
mod lifecycle_state_dto;
#[cfg(feature = "identities")]
pub use lifecycle_state_dto::LifecycleStateDto;

#[cfg(feature = "accounts")]
mod list_accounts_detail_level;
#[cfg(feature = "accounts")]
pub use list_accounts_detail_level::ListAccountsDetailLevel;

#[cfg(feature = "workflows")]
mod list_complete_workflow_library200_response_inner;
#[cfg(feature = "workflows")]
pub use list_complete_workflow_library200_response_inner::ListCompleteWorkflowLibrary200ResponseInner;

#[cfg(feature = "custom-forms")]
mod list_form_definitions_by_tenant_response;
#[cfg(feature = "custom-forms")]
pub use list_form_definitions_by_tenant_response::ListFormDefinitionsByTenantResponse;

#[cfg(feature = "custom-forms")]
mod list_form_element_data_by_element_id_response;
#[cfg(feature = "custom-forms")]
pub use list_form_element_data_by_element_id_response::ListFormElementDataByElementIdResponse;

#[cfg(feature = "identities")]
mod list_identities_default_filter;
#[cfg(feature = "identities")]
pub use list_identities_default_filter::ListIdentitiesDefaultFilter;

#[cfg(feature = "identity-history")]
mod list_identity_access_items200_response_inner;
#[cfg(feature = "identity-history")]
pub use list_identity_access_items200_response_inner::ListIdentityAccessItems200ResponseInner;

#[cfg(feature = "identity-history")]
mod list_identity_access_items_type;
#[cfg(feature = "identity-history")]
pub use list_identity_access_items_type::ListIdentityAccessItemsType;

#[cfg(feature = "identity-history")]
mod list_identity_snapshot_access_items200_response_inner;
#[cfg(feature = "identity-history")]
pub use list_identity_snapshot_access_items200_response_inner::ListIdentitySnapshotAccessItems200ResponseInner;

#[cfg(feature = "identity-history")]
mod list_identity_snapshot_access_items_type;
#[cfg(feature = "identity-history")]
pub use list_identity_snapshot_access_items_type::ListIdentitySnapshotAccessItemsType;

#[cfg(feature = "identity-history")]
mod list_identity_snapshots_interval;
#[cfg(feature = "identity-history")]
pub use list_identity_snapshots_interval::ListIdentitySnapshotsInterval;

#[cfg(feature = "iai-outliers")]
mod list_outliers_contributing_feature_access_items_contributing_feature_name;
#[cfg(feature = "iai-outliers")]
pub use list_outliers_contributing_feature_access_items_contributing_feature_name::ListOutliersContributingFeatureAccessItemsContributingFeatureName;

#[cfg(feature = "custom-forms")]
mod list_predefined_select_options_response;
#[cfg(feature = "custom-forms")]
pub use list_predefined_select_options_response::ListPredefinedSelectOptionsResponse;

#[cfg(feature = "requestable-objects")]
mod list_requestable_objects_types_inner;
#[cfg(feature = "requestable-objects")]
pub use list_requestable_objects_types_inner::ListRequestableObjectsTypesInner;

#[cfg(feature = "tagged-objects")]
mod list_tagged_objects_by_type_type;
#[cfg(feature = "tagged-objects")]
pub use list_tagged_objects_by_type_type::ListTaggedObjectsByTypeType;

#[cfg(feature = "governance-groups")]
mod list_workgroup_members200_response_inner;
#[cfg(feature = "governance-groups")]
pub use list_workgroup_members200_response_inner::ListWorkgroupMembers200ResponseInner;

#[cfg(feature = "governance-groups")]
mod list_workgroup_members200_response_inner_type;
#[cfg(feature = "governance-groups")]
pub use list_workgroup_members200_response_inner_type::ListWorkgroupMembers200ResponseInnerType;

#[cfg(feature = "sources")]
mod load_accounts_task;
#[cfg(feature = "sources")]
pub use load_accounts_task::LoadAccountsTask;

#[cfg(feature = "sources")]
mod load_accounts_task_task;
#[cfg(feature = "sources")]
pub use load_accounts_task_task::LoadAccountsTaskTask;

#[cfg(feature = "sources")]
mod load_accounts_task_task_attributes;
#[cfg(feature = "sources")]
pub use load_accounts_task_task_attributes::LoadAccountsTaskTaskAttributes;

#[cfg(feature = "sources")]
mod load_accounts_task_task_completion_status;
#[cfg(feature = "sources")]
pub use load_accounts_task_task_completion_status::LoadAccountsTaskTaskCompletionStatus;

#[cfg(feature = "sources")]
mod load_accounts_task_task_messages_inner;
#[cfg(feature = "sources")]
pub use load_accounts_task_task_messages_inner::LoadAccountsTaskTaskMessagesInner;

#[cfg(feature = "sources")]
mod load_accounts_task_task_messages_inner_type;
#[cfg(feature = "sources")]
pub use load_accounts_task_task_messages_inner_type::LoadAccountsTaskTaskMessagesInnerType;

#[cfg(feature = "sources")]
mod load_accounts_task_task_returns_inner;
#[cfg(feature = "sources")]
pub use load_accounts_task_task_returns_inner::LoadAccountsTaskTaskReturnsInner;

#[cfg(any(feature = "entitlements", feature = "sources"))]
mod load_entitlement_task;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use load_entitlement_task::LoadEntitlementTask;

#[cfg(any(feature = "entitlements", feature = "sources"))]
mod load_entitlement_task_returns_inner;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use load_entitlement_task_returns_inner::LoadEntitlementTaskReturnsInner;

#[cfg(feature = "sources")]
mod load_uncorrelated_accounts_task;
#[cfg(feature = "sources")]
pub use load_uncorrelated_accounts_task::LoadUncorrelatedAccountsTask;

#[cfg(feature = "sources")]
mod load_uncorrelated_accounts_task_task;
#[cfg(feature = "sources")]
pub use load_uncorrelated_accounts_task_task::LoadUncorrelatedAccountsTaskTask;

#[cfg(feature = "sources")]
mod load_uncorrelated_accounts_task_task_attributes;
#[cfg(feature = "sources")]
pub use load_uncorrelated_accounts_task_task_attributes::LoadUncorrelatedAccountsTaskTaskAttributes;

#[cfg(feature = "sources")]
mod load_uncorrelated_accounts_task_task_completion_status;
#[cfg(feature = "sources")]
pub use load_uncorrelated_accounts_task_task_completion_status::LoadUncorrelatedAccountsTaskTaskCompletionStatus;

#[cfg(feature = "sources")]
mod load_uncorrelated_accounts_task_task_messages_inner;
#[cfg(feature = "sources")]
pub use load_uncorrelated_accounts_task_task_messages_inner::LoadUncorrelatedAccountsTaskTaskMessagesInner;

#[cfg(feature = "sources")]
mod load_uncorrelated_accounts_task_task_messages_inner_type;
#[cfg(feature = "sources")]
pub use load_uncorrelated_accounts_task_task_messages_inner_type::LoadUncorrelatedAccountsTaskTaskMessagesInnerType;

#[cfg(feature = "access-requests")]
mod locale_origin;
#[cfg(feature = "access-requests")]
pub use locale_origin::LocaleOrigin;

#[cfg(any(feature = "identities", feature = "task-management", feature = "triggers"))]
mod localized_message;
#[cfg(any(feature = "identities", feature = "task-management", feature = "triggers"))]
pub use localized_message::LocalizedMessage;

#[cfg(feature = "managed-clusters")]
mod log_level_spec;
#[cfg(feature = "managed-clusters")]
pub use log_level_spec::LogLevelSpec;

#[cfg(feature = "transforms")]
mod lookup;
#[cfg(feature = "transforms")]
pub use lookup::Lookup;

#[cfg(feature = "work-reassignment")]
mod lookup_step;
#[cfg(feature = "work-reassignment")]
pub use lookup_step::LookupStep;

#[cfg(feature = "transforms")]
mod lower;
#[cfg(feature = "transforms")]
pub use lower::Lower;

#[cfg(feature = "notifications")]
mod mail_from_attributes;
#[cfg(feature = "notifications")]
pub use mail_from_attributes::MailFromAttributes;

#[cfg(feature = "notifications")]
mod mail_from_attributes_dto;
#[cfg(feature = "notifications")]
pub use mail_from_attributes_dto::MailFromAttributesDto;

#[cfg(feature = "notifications")]
mod mail_from_attributes_mail_from_domain_status;
#[cfg(feature = "notifications")]
pub use mail_from_attributes_mail_from_domain_status::MailFromAttributesMailFromDomainStatus;

#[cfg(feature = "unreferenced-schemas")]
mod managed_client;
#[cfg(feature = "unreferenced-schemas")]
pub use managed_client::ManagedClient;

#[cfg(feature = "managed-clients")]
mod managed_client_status;
#[cfg(feature = "managed-clients")]
pub use managed_client_status::ManagedClientStatus;

#[cfg(feature = "managed-clients")]
mod managed_client_status_agg_response;
#[cfg(feature = "managed-clients")]
pub use managed_client_status_agg_response::ManagedClientStatusAggResponse;

#[cfg(any(feature = "managed-clients", feature = "unreferenced-schemas"))]
mod managed_client_status_enum;
#[cfg(any(feature = "managed-clients", feature = "unreferenced-schemas"))]
pub use managed_client_status_enum::ManagedClientStatusEnum;

#[cfg(any(feature = "managed-clients", feature = "managed-clusters"))]
mod managed_client_type;
#[cfg(any(feature = "managed-clients", feature = "managed-clusters"))]
pub use managed_client_type::ManagedClientType;

#[cfg(feature = "managed-clusters")]
mod managed_cluster;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster::ManagedCluster;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_attributes;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_attributes::ManagedClusterAttributes;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_consolidated_health_indicators_status;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_consolidated_health_indicators_status::ManagedClusterConsolidatedHealthIndicatorsStatus;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_encryption_config;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_encryption_config::ManagedClusterEncryptionConfig;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_encryption_config_format;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_encryption_config_format::ManagedClusterEncryptionConfigFormat;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_key_pair;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_key_pair::ManagedClusterKeyPair;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_queue;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_queue::ManagedClusterQueue;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_redis;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_redis::ManagedClusterRedis;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_types;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_types::ManagedClusterTypes;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_update_preferences;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_update_preferences::ManagedClusterUpdatePreferences;

#[cfg(feature = "managed-clusters")]
mod managed_cluster_update_preferences_update_state;
#[cfg(feature = "managed-clusters")]
pub use managed_cluster_update_preferences_update_state::ManagedClusterUpdatePreferencesUpdateState;

#[cfg(any(feature = "multi-host-integration", feature = "sources"))]
mod manager_correlation_mapping;
#[cfg(any(feature = "multi-host-integration", feature = "sources"))]
pub use manager_correlation_mapping::ManagerCorrelationMapping;

#[cfg(feature = "application-discovery")]
mod manual_discover_applications;
#[cfg(feature = "application-discovery")]
pub use manual_discover_applications::ManualDiscoverApplications;

#[cfg(feature = "application-discovery")]
mod manual_discover_applications_template;
#[cfg(feature = "application-discovery")]
pub use manual_discover_applications_template::ManualDiscoverApplicationsTemplate;

#[cfg(feature = "access-requests")]
mod manual_work_item_details;
#[cfg(feature = "access-requests")]
pub use manual_work_item_details::ManualWorkItemDetails;

#[cfg(feature = "access-requests")]
mod manual_work_item_details_current_owner;
#[cfg(feature = "access-requests")]
pub use manual_work_item_details_current_owner::ManualWorkItemDetailsCurrentOwner;

#[cfg(feature = "access-requests")]
mod manual_work_item_details_current_owner_type;
#[cfg(feature = "access-requests")]
pub use manual_work_item_details_current_owner_type::ManualWorkItemDetailsCurrentOwnerType;

#[cfg(feature = "access-requests")]
mod manual_work_item_details_original_owner;
#[cfg(feature = "access-requests")]
pub use manual_work_item_details_original_owner::ManualWorkItemDetailsOriginalOwner;

#[cfg(feature = "access-requests")]
mod manual_work_item_details_original_owner_type;
#[cfg(feature = "access-requests")]
pub use manual_work_item_details_original_owner_type::ManualWorkItemDetailsOriginalOwnerType;

#[cfg(feature = "access-requests")]
mod manual_work_item_state;
#[cfg(feature = "access-requests")]
pub use manual_work_item_state::ManualWorkItemState;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod manually_updated_fields_dto;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use manually_updated_fields_dto::ManuallyUpdatedFieldsDto;

#[cfg(feature = "apps")]
mod match_term;
#[cfg(feature = "apps")]
pub use match_term::MatchTerm;

#[cfg(feature = "notifications")]
mod medium;
#[cfg(feature = "notifications")]
pub use medium::Medium;

#[cfg(feature = "iai-message-catalogs")]
mod message_catalog_dto;
#[cfg(feature = "iai-message-catalogs")]
pub use message_catalog_dto::MessageCatalogDto;

#[cfg(feature = "identity-history")]
mod metric_response;
#[cfg(feature = "identity-history")]
pub use metric_response::MetricResponse;

#[cfg(feature = "mfa-configuration")]
mod mfa_config_test_response;
#[cfg(feature = "mfa-configuration")]
pub use mfa_config_test_response::MfaConfigTestResponse;

#[cfg(feature = "mfa-configuration")]
mod mfa_config_test_response_state;
#[cfg(feature = "mfa-configuration")]
pub use mfa_config_test_response_state::MfaConfigTestResponseState;

#[cfg(feature = "mfa-configuration")]
mod mfa_duo_config;
#[cfg(feature = "mfa-configuration")]
pub use mfa_duo_config::MfaDuoConfig;

#[cfg(feature = "mfa-configuration")]
mod mfa_okta_config;
#[cfg(feature = "mfa-configuration")]
pub use mfa_okta_config::MfaOktaConfig;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integration_template_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integration_template_type::MultiHostIntegrationTemplateType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations::MultiHostIntegrations;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_agg_schedule_update;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_agg_schedule_update::MultiHostIntegrationsAggScheduleUpdate;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_agg_schedule_update2;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_agg_schedule_update2::MultiHostIntegrationsAggScheduleUpdate2;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_cluster;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_cluster::MultiHostIntegrationsCluster;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_cluster_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_cluster_type::MultiHostIntegrationsClusterType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_connection_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_connection_type::MultiHostIntegrationsConnectionType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_connector_attributes;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_connector_attributes::MultiHostIntegrationsConnectorAttributes;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_connector_attributes_connector_file_upload_history;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_connector_attributes_connector_file_upload_history::MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_connector_attributes_multi_host_attributes;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_connector_attributes_multi_host_attributes::MultiHostIntegrationsConnectorAttributesMultiHostAttributes;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_connector_attributes_multihost_status;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_connector_attributes_multihost_status::MultiHostIntegrationsConnectorAttributesMultihostStatus;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_create;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_create::MultiHostIntegrationsCreate;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_create_cluster;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_create_cluster::MultiHostIntegrationsCreateCluster;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_create_cluster_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_create_cluster_type::MultiHostIntegrationsCreateClusterType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_create_management_workgroup;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_create_management_workgroup::MultiHostIntegrationsCreateManagementWorkgroup;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_create_management_workgroup_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_create_management_workgroup_type::MultiHostIntegrationsCreateManagementWorkgroupType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_create_owner;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_create_owner::MultiHostIntegrationsCreateOwner;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_create_owner_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_create_owner_type::MultiHostIntegrationsCreateOwnerType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_create_sources;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_create_sources::MultiHostIntegrationsCreateSources;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_management_workgroup;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_management_workgroup::MultiHostIntegrationsManagementWorkgroup;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_management_workgroup_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_management_workgroup_type::MultiHostIntegrationsManagementWorkgroupType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_owner;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_owner::MultiHostIntegrationsOwner;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_owner_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_owner_type::MultiHostIntegrationsOwnerType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_integrations_status;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_integrations_status::MultiHostIntegrationsStatus;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources::MultiHostSources;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_account_correlation_config;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_account_correlation_config::MultiHostSourcesAccountCorrelationConfig;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_account_correlation_config_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_account_correlation_config_type::MultiHostSourcesAccountCorrelationConfigType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_account_correlation_rule;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_account_correlation_rule::MultiHostSourcesAccountCorrelationRule;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_account_correlation_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_account_correlation_rule_type::MultiHostSourcesAccountCorrelationRuleType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_before_provisioning_rule;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_before_provisioning_rule::MultiHostSourcesBeforeProvisioningRule;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_before_provisioning_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_before_provisioning_rule_type::MultiHostSourcesBeforeProvisioningRuleType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_cluster;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_cluster::MultiHostSourcesCluster;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_cluster_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_cluster_type::MultiHostSourcesClusterType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_management_workgroup;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_management_workgroup::MultiHostSourcesManagementWorkgroup;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_management_workgroup_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_management_workgroup_type::MultiHostSourcesManagementWorkgroupType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_manager_correlation_rule;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_manager_correlation_rule::MultiHostSourcesManagerCorrelationRule;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_manager_correlation_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_manager_correlation_rule_type::MultiHostSourcesManagerCorrelationRuleType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_owner;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_owner::MultiHostSourcesOwner;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_owner_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_owner_type::MultiHostSourcesOwnerType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_password_policies_inner;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_password_policies_inner::MultiHostSourcesPasswordPoliciesInner;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_password_policies_inner_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_password_policies_inner_type::MultiHostSourcesPasswordPoliciesInnerType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_schemas_inner;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_schemas_inner::MultiHostSourcesSchemasInner;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_schemas_inner_type;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_schemas_inner_type::MultiHostSourcesSchemasInnerType;

#[cfg(feature = "multi-host-integration")]
mod multi_host_sources_status;
#[cfg(feature = "multi-host-integration")]
pub use multi_host_sources_status::MultiHostSourcesStatus;

#[cfg(feature = "sod-policies")]
mod multi_policy_request;
#[cfg(feature = "sod-policies")]
pub use multi_policy_request::MultiPolicyRequest;

#[cfg(feature = "transforms")]
mod name_normalizer;
#[cfg(feature = "transforms")]
pub use name_normalizer::NameNormalizer;

#[cfg(feature = "transforms")]
mod named_constructs;
#[cfg(feature = "transforms")]
pub use named_constructs::NamedConstructs;

#[cfg(feature = "sources")]
mod native_change_detection_config;
#[cfg(feature = "sources")]
pub use native_change_detection_config::NativeChangeDetectionConfig;

#[cfg(feature = "sources")]
mod native_change_detection_config_operations_inner;
#[cfg(feature = "sources")]
pub use native_change_detection_config_operations_inner::NativeChangeDetectionConfigOperationsInner;

#[cfg(feature = "unreferenced-schemas")]
mod nil;
#[cfg(feature = "unreferenced-schemas")]
pub use nil::Nil;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_approval_decision;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_approval_decision::NonEmployeeApprovalDecision;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_approval_item;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_approval_item::NonEmployeeApprovalItem;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_approval_item_base;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_approval_item_base::NonEmployeeApprovalItemBase;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_approval_item_detail;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_approval_item_detail::NonEmployeeApprovalItemDetail;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_approval_summary;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_approval_summary::NonEmployeeApprovalSummary;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_bulk_upload_job;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_bulk_upload_job::NonEmployeeBulkUploadJob;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_bulk_upload_job_status;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_bulk_upload_job_status::NonEmployeeBulkUploadJobStatus;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_bulk_upload_status;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_bulk_upload_status::NonEmployeeBulkUploadStatus;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_bulk_upload_status_status;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_bulk_upload_status_status::NonEmployeeBulkUploadStatusStatus;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_idn_user_request;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_idn_user_request::NonEmployeeIdnUserRequest;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_record;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_record::NonEmployeeRecord;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_reject_approval_decision;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_reject_approval_decision::NonEmployeeRejectApprovalDecision;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_request;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_request::NonEmployeeRequest;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_request_body;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_request_body::NonEmployeeRequestBody;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_request_lite;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_request_lite::NonEmployeeRequestLite;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_request_summary;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_request_summary::NonEmployeeRequestSummary;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_request_without_approval_item;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_request_without_approval_item::NonEmployeeRequestWithoutApprovalItem;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_schema_attribute;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_schema_attribute::NonEmployeeSchemaAttribute;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_schema_attribute_body;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_schema_attribute_body::NonEmployeeSchemaAttributeBody;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_schema_attribute_type;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_schema_attribute_type::NonEmployeeSchemaAttributeType;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_source;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_source::NonEmployeeSource;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_source_lite;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_source_lite::NonEmployeeSourceLite;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_source_lite_with_schema_attributes;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_source_lite_with_schema_attributes::NonEmployeeSourceLiteWithSchemaAttributes;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_source_request_body;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_source_request_body::NonEmployeeSourceRequestBody;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_source_with_cloud_external_id;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_source_with_cloud_external_id::NonEmployeeSourceWithCloudExternalId;

#[cfg(feature = "non-employee-lifecycle-management")]
mod non_employee_source_with_ne_count;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use non_employee_source_with_ne_count::NonEmployeeSourceWithNeCount;

#[cfg(feature = "notifications")]
mod notification_template_context;
#[cfg(feature = "notifications")]
pub use notification_template_context::NotificationTemplateContext;

#[cfg(feature = "iai-role-mining")]
mod nullable_entity_created_by_dto;
#[cfg(feature = "iai-role-mining")]
pub use nullable_entity_created_by_dto::NullableEntityCreatedByDto;

#[cfg(feature = "sp-config")]
mod object_export_import_options;
#[cfg(feature = "sp-config")]
pub use object_export_import_options::ObjectExportImportOptions;

#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
mod object_import_result;
#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
pub use object_import_result::ObjectImportResult;

#[cfg(feature = "mfa-controller")]
mod okta_verification_request;
#[cfg(feature = "mfa-controller")]
pub use okta_verification_request::OktaVerificationRequest;

#[cfg(feature = "custom-forms")]
mod operation;
#[cfg(feature = "custom-forms")]
pub use operation::Operation;

#[cfg(feature = "org-config")]
mod org_config;
#[cfg(feature = "org-config")]
pub use org_config::OrgConfig;

#[cfg(feature = "iai-outliers")]
mod outlier;
#[cfg(feature = "iai-outliers")]
pub use outlier::Outlier;

#[cfg(feature = "iai-outliers")]
mod outlier_contributing_feature;
#[cfg(feature = "iai-outliers")]
pub use outlier_contributing_feature::OutlierContributingFeature;

#[cfg(feature = "iai-outliers")]
mod outlier_contributing_feature_value;
#[cfg(feature = "iai-outliers")]
pub use outlier_contributing_feature_value::OutlierContributingFeatureValue;

#[cfg(feature = "iai-outliers")]
mod outlier_contributing_feature_value_type;
#[cfg(feature = "iai-outliers")]
pub use outlier_contributing_feature_value_type::OutlierContributingFeatureValueType;

#[cfg(feature = "webhooks")]
mod outlier_detected;
#[cfg(feature = "webhooks")]
pub use outlier_detected::OutlierDetected;

#[cfg(feature = "webhooks")]
mod outlier_detected_identity;
#[cfg(feature = "webhooks")]
pub use outlier_detected_identity::OutlierDetectedIdentity;

#[cfg(feature = "webhooks")]
mod outlier_detected_identity_type;
#[cfg(feature = "webhooks")]
pub use outlier_detected_identity_type::OutlierDetectedIdentityType;

#[cfg(feature = "webhooks")]
mod outlier_detected_outlier_type;
#[cfg(feature = "webhooks")]
pub use outlier_detected_outlier_type::OutlierDetectedOutlierType;

#[cfg(feature = "iai-outliers")]
mod outlier_feature_summary;
#[cfg(feature = "iai-outliers")]
pub use outlier_feature_summary::OutlierFeatureSummary;

#[cfg(feature = "iai-outliers")]
mod outlier_feature_summary_outlier_feature_display_values_inner;
#[cfg(feature = "iai-outliers")]
pub use outlier_feature_summary_outlier_feature_display_values_inner::OutlierFeatureSummaryOutlierFeatureDisplayValuesInner;

#[cfg(feature = "iai-outliers")]
mod outlier_feature_summary_outlier_feature_display_values_inner_value_type;
#[cfg(feature = "iai-outliers")]
pub use outlier_feature_summary_outlier_feature_display_values_inner_value_type::OutlierFeatureSummaryOutlierFeatureDisplayValuesInnerValueType;

#[cfg(feature = "iai-outliers")]
mod outlier_feature_translation;
#[cfg(feature = "iai-outliers")]
pub use outlier_feature_translation::OutlierFeatureTranslation;

#[cfg(feature = "iai-outliers")]
mod outlier_summary;
#[cfg(feature = "iai-outliers")]
pub use outlier_summary::OutlierSummary;

#[cfg(feature = "iai-outliers")]
mod outlier_summary_type;
#[cfg(feature = "iai-outliers")]
pub use outlier_summary_type::OutlierSummaryType;

#[cfg(feature = "iai-outliers")]
mod outlier_type;
#[cfg(feature = "iai-outliers")]
pub use outlier_type::OutlierType;

#[cfg(feature = "iai-outliers")]
mod outlier_unignore_type;
#[cfg(feature = "iai-outliers")]
pub use outlier_unignore_type::OutlierUnignoreType;

#[cfg(feature = "iai-outliers")]
mod outliers_contributing_feature_access_items;
#[cfg(feature = "iai-outliers")]
pub use outliers_contributing_feature_access_items::OutliersContributingFeatureAccessItems;

#[cfg(feature = "iai-outliers")]
mod outliers_contributing_feature_access_items_access_type;
#[cfg(feature = "iai-outliers")]
pub use outliers_contributing_feature_access_items_access_type::OutliersContributingFeatureAccessItemsAccessType;

#[cfg(feature = "access-requests")]
mod owner_dto;
#[cfg(feature = "access-requests")]
pub use owner_dto::OwnerDto;

#[cfg(feature = "access-requests")]
mod owner_dto_type;
#[cfg(feature = "access-requests")]
pub use owner_dto_type::OwnerDtoType;

#[cfg(any(feature = "access-profiles", feature = "roles"))]
mod owner_reference;
#[cfg(any(feature = "access-profiles", feature = "roles"))]
pub use owner_reference::OwnerReference;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod owner_reference_dto;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use owner_reference_dto::OwnerReferenceDto;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod owner_reference_dto_type;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use owner_reference_dto_type::OwnerReferenceDtoType;

#[cfg(feature = "segments")]
mod owner_reference_segments;
#[cfg(feature = "segments")]
pub use owner_reference_segments::OwnerReferenceSegments;

#[cfg(feature = "segments")]
mod owner_reference_segments_type;
#[cfg(feature = "segments")]
pub use owner_reference_segments_type::OwnerReferenceSegmentsType;

#[cfg(any(feature = "access-profiles", feature = "roles"))]
mod owner_reference_type;
#[cfg(any(feature = "access-profiles", feature = "roles"))]
pub use owner_reference_type::OwnerReferenceType;

#[cfg(feature = "password-management")]
mod password_change_request;
#[cfg(feature = "password-management")]
pub use password_change_request::PasswordChangeRequest;

#[cfg(feature = "password-management")]
mod password_change_response;
#[cfg(feature = "password-management")]
pub use password_change_response::PasswordChangeResponse;

#[cfg(feature = "password-management")]
mod password_change_response_state;
#[cfg(feature = "password-management")]
pub use password_change_response_state::PasswordChangeResponseState;

#[cfg(feature = "password-management")]
mod password_digit_token;
#[cfg(feature = "password-management")]
pub use password_digit_token::PasswordDigitToken;

#[cfg(feature = "password-management")]
mod password_digit_token_reset;
#[cfg(feature = "password-management")]
pub use password_digit_token_reset::PasswordDigitTokenReset;

#[cfg(feature = "password-management")]
mod password_info;
#[cfg(feature = "password-management")]
pub use password_info::PasswordInfo;

#[cfg(feature = "password-management")]
mod password_info_account;
#[cfg(feature = "password-management")]
pub use password_info_account::PasswordInfoAccount;

#[cfg(feature = "password-management")]
mod password_info_query_dto;
#[cfg(feature = "password-management")]
pub use password_info_query_dto::PasswordInfoQueryDto;

#[cfg(feature = "password-configuration")]
mod password_org_config;
#[cfg(feature = "password-configuration")]
pub use password_org_config::PasswordOrgConfig;

#[cfg(feature = "password-policies")]
mod password_policy_v3_dto;
#[cfg(feature = "password-policies")]
pub use password_policy_v3_dto::PasswordPolicyV3Dto;

#[cfg(feature = "password-management")]
mod password_status;
#[cfg(feature = "password-management")]
pub use password_status::PasswordStatus;

#[cfg(feature = "password-management")]
mod password_status_state;
#[cfg(feature = "password-management")]
pub use password_status_state::PasswordStatusState;

#[cfg(feature = "password-sync-groups")]
mod password_sync_group;
#[cfg(feature = "password-sync-groups")]
pub use password_sync_group::PasswordSyncGroup;

#[cfg(feature = "personal-access-tokens")]
mod pat_owner;
#[cfg(feature = "personal-access-tokens")]
pub use pat_owner::PatOwner;

#[cfg(feature = "personal-access-tokens")]
mod pat_owner_type;
#[cfg(feature = "personal-access-tokens")]
pub use pat_owner_type::PatOwnerType;

#[cfg(feature = "custom-forms")]
mod patch;
#[cfg(feature = "custom-forms")]
pub use patch::Patch;

#[cfg(feature = "custom-forms")]
mod patch_form_definition400_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition400_response::PatchFormDefinition400Response;

#[cfg(feature = "custom-forms")]
mod patch_form_definition401_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition401_response::PatchFormDefinition401Response;

#[cfg(feature = "custom-forms")]
mod patch_form_definition403_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition403_response::PatchFormDefinition403Response;

#[cfg(feature = "custom-forms")]
mod patch_form_definition404_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition404_response::PatchFormDefinition404Response;

#[cfg(feature = "custom-forms")]
mod patch_form_definition500_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition500_response::PatchFormDefinition500Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance400_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance400_response::PatchFormInstance400Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance401_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance401_response::PatchFormInstance401Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance403_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance403_response::PatchFormInstance403Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance404_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance404_response::PatchFormInstance404Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance409_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance409_response::PatchFormInstance409Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance500_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance500_response::PatchFormInstance500Response;

#[cfg(feature = "iai-peer-group-strategies")]
mod peer_group_member;
#[cfg(feature = "iai-peer-group-strategies")]
pub use peer_group_member::PeerGroupMember;

#[cfg(feature = "access-request-approvals")]
mod pending_approval;
#[cfg(feature = "access-request-approvals")]
pub use pending_approval::PendingApproval;

#[cfg(feature = "access-request-approvals")]
mod pending_approval_action;
#[cfg(feature = "access-request-approvals")]
pub use pending_approval_action::PendingApprovalAction;

#[cfg(feature = "access-request-approvals")]
mod pending_approval_max_permitted_access_duration;
#[cfg(feature = "access-request-approvals")]
pub use pending_approval_max_permitted_access_duration::PendingApprovalMaxPermittedAccessDuration;

#[cfg(feature = "access-request-approvals")]
mod pending_approval_max_permitted_access_duration_time_unit;
#[cfg(feature = "access-request-approvals")]
pub use pending_approval_max_permitted_access_duration_time_unit::PendingApprovalMaxPermittedAccessDurationTimeUnit;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "certifications",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod permission_dto;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "certifications",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use permission_dto::PermissionDto;

#[cfg(feature = "mfa-controller")]
mod ping_verification_status_method;
#[cfg(feature = "mfa-controller")]
pub use ping_verification_status_method::PingVerificationStatusMethod;

#[cfg(feature = "workflows")]
mod post_external_execute_workflow200_response;
#[cfg(feature = "workflows")]
pub use post_external_execute_workflow200_response::PostExternalExecuteWorkflow200Response;

#[cfg(feature = "workflows")]
mod post_external_execute_workflow_request;
#[cfg(feature = "workflows")]
pub use post_external_execute_workflow_request::PostExternalExecuteWorkflowRequest;

#[cfg(feature = "access-requests")]
mod pre_approval_trigger_details;
#[cfg(feature = "access-requests")]
pub use pre_approval_trigger_details::PreApprovalTriggerDetails;

#[cfg(feature = "access-requests")]
mod pre_approval_trigger_details_decision;
#[cfg(feature = "access-requests")]
pub use pre_approval_trigger_details_decision::PreApprovalTriggerDetailsDecision;

#[cfg(feature = "custom-forms")]
mod pre_defined_select_option;
#[cfg(feature = "custom-forms")]
pub use pre_defined_select_option::PreDefinedSelectOption;

#[cfg(feature = "notifications")]
mod preferences_dto;
#[cfg(feature = "notifications")]
pub use preferences_dto::PreferencesDto;

#[cfg(feature = "custom-forms")]
mod preview_data_source_response;
#[cfg(feature = "custom-forms")]
pub use preview_data_source_response::PreviewDataSourceResponse;

#[cfg(feature = "identities")]
mod process_identities_request;
#[cfg(feature = "identities")]
pub use process_identities_request::ProcessIdentitiesRequest;

#[cfg(feature = "tenant")]
mod product;
#[cfg(feature = "tenant")]
pub use product::Product;

#[cfg(feature = "tenant")]
mod product_org_type;
#[cfg(feature = "tenant")]
pub use product_org_type::ProductOrgType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed::ProvisioningCompleted;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_account_requests_inner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_account_requests_inner::ProvisioningCompletedAccountRequestsInner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_account_requests_inner_account_operation;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_account_requests_inner_account_operation::ProvisioningCompletedAccountRequestsInnerAccountOperation;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_account_requests_inner_attribute_requests_inner;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_account_requests_inner_attribute_requests_inner::ProvisioningCompletedAccountRequestsInnerAttributeRequestsInner;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_account_requests_inner_attribute_requests_inner_operation;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_account_requests_inner_attribute_requests_inner_operation::ProvisioningCompletedAccountRequestsInnerAttributeRequestsInnerOperation;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_account_requests_inner_provisioning_result;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_account_requests_inner_provisioning_result::ProvisioningCompletedAccountRequestsInnerProvisioningResult;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_account_requests_inner_source;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_account_requests_inner_source::ProvisioningCompletedAccountRequestsInnerSource;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_account_requests_inner_source_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_account_requests_inner_source_type::ProvisioningCompletedAccountRequestsInnerSourceType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_recipient;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_recipient::ProvisioningCompletedRecipient;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_recipient_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_recipient_type::ProvisioningCompletedRecipientType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_requester;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_requester::ProvisioningCompletedRequester;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod provisioning_completed_requester_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use provisioning_completed_requester_type::ProvisioningCompletedRequesterType;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod provisioning_config;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use provisioning_config::ProvisioningConfig;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod provisioning_config_managed_resource_refs_inner;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use provisioning_config_managed_resource_refs_inner::ProvisioningConfigManagedResourceRefsInner;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod provisioning_config_managed_resource_refs_inner_type;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use provisioning_config_managed_resource_refs_inner_type::ProvisioningConfigManagedResourceRefsInnerType;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod provisioning_config_plan_initializer_script;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use provisioning_config_plan_initializer_script::ProvisioningConfigPlanInitializerScript;

#[cfg(feature = "access-profiles")]
mod provisioning_criteria_level1;
#[cfg(feature = "access-profiles")]
pub use provisioning_criteria_level1::ProvisioningCriteriaLevel1;

#[cfg(feature = "access-profiles")]
mod provisioning_criteria_level2;
#[cfg(feature = "access-profiles")]
pub use provisioning_criteria_level2::ProvisioningCriteriaLevel2;

#[cfg(feature = "access-profiles")]
mod provisioning_criteria_level3;
#[cfg(feature = "access-profiles")]
pub use provisioning_criteria_level3::ProvisioningCriteriaLevel3;

#[cfg(feature = "access-profiles")]
mod provisioning_criteria_operation;
#[cfg(feature = "access-profiles")]
pub use provisioning_criteria_operation::ProvisioningCriteriaOperation;

#[cfg(feature = "access-requests")]
mod provisioning_details;
#[cfg(feature = "access-requests")]
pub use provisioning_details::ProvisioningDetails;

#[cfg(feature = "sources")]
mod provisioning_policy_dto;
#[cfg(feature = "sources")]
pub use provisioning_policy_dto::ProvisioningPolicyDto;

#[cfg(feature = "account-activities")]
mod provisioning_state;
#[cfg(feature = "account-activities")]
pub use provisioning_state::ProvisioningState;

#[cfg(feature = "public-identities-config")]
mod public_identity_attribute_config;
#[cfg(feature = "public-identities-config")]
pub use public_identity_attribute_config::PublicIdentityAttributeConfig;

#[cfg(feature = "public-identities-config")]
mod public_identity_config;
#[cfg(feature = "public-identities-config")]
pub use public_identity_config::PublicIdentityConfig;

#[cfg(feature = "password-dictionary")]
mod put_password_dictionary_request;
#[cfg(feature = "password-dictionary")]
pub use put_password_dictionary_request::PutPasswordDictionaryRequest;

#[cfg(feature = "tagged-objects")]
mod put_tagged_object_type;
#[cfg(feature = "tagged-objects")]
pub use put_tagged_object_type::PutTaggedObjectType;

#[cfg(feature = "service-desk-integration")]
mod queued_check_config_details;
#[cfg(feature = "service-desk-integration")]
pub use queued_check_config_details::QueuedCheckConfigDetails;

#[cfg(feature = "transforms")]
mod r#static;
#[cfg(feature = "transforms")]
pub use r#static::Static;

#[cfg(feature = "transforms")]
mod random_alpha_numeric;
#[cfg(feature = "transforms")]
pub use random_alpha_numeric::RandomAlphaNumeric;

#[cfg(feature = "transforms")]
mod random_numeric;
#[cfg(feature = "transforms")]
pub use random_numeric::RandomNumeric;

#[cfg(feature = "certifications")]
mod reassign_reference;
#[cfg(feature = "certifications")]
pub use reassign_reference::ReassignReference;

#[cfg(feature = "certifications")]
mod reassign_reference_type;
#[cfg(feature = "certifications")]
pub use reassign_reference_type::ReassignReferenceType;

#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
mod reassignment;
#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
pub use reassignment::Reassignment;

#[cfg(feature = "access-requests")]
mod reassignment_type;
#[cfg(feature = "access-requests")]
pub use reassignment_type::ReassignmentType;

#[cfg(feature = "work-reassignment")]
mod reassignment_type_enum;
#[cfg(feature = "work-reassignment")]
pub use reassignment_type_enum::ReassignmentTypeEnum;

#[cfg(feature = "accounts")]
mod recommendation;
#[cfg(feature = "accounts")]
pub use recommendation::Recommendation;

#[cfg(feature = "iai-recommendations")]
mod recommendation_config_dto;
#[cfg(feature = "iai-recommendations")]
pub use recommendation_config_dto::RecommendationConfigDto;

#[cfg(feature = "accounts")]
mod recommendation_method;
#[cfg(feature = "accounts")]
pub use recommendation_method::RecommendationMethod;

#[cfg(feature = "iai-recommendations")]
mod recommendation_request;
#[cfg(feature = "iai-recommendations")]
pub use recommendation_request::RecommendationRequest;

#[cfg(feature = "iai-recommendations")]
mod recommendation_request_dto;
#[cfg(feature = "iai-recommendations")]
pub use recommendation_request_dto::RecommendationRequestDto;

#[cfg(feature = "iai-recommendations")]
mod recommendation_response;
#[cfg(feature = "iai-recommendations")]
pub use recommendation_response::RecommendationResponse;

#[cfg(feature = "iai-recommendations")]
mod recommendation_response_dto;
#[cfg(feature = "iai-recommendations")]
pub use recommendation_response_dto::RecommendationResponseDto;

#[cfg(feature = "iai-recommendations")]
mod recommendation_response_recommendation;
#[cfg(feature = "iai-recommendations")]
pub use recommendation_response_recommendation::RecommendationResponseRecommendation;

#[cfg(feature = "accounts")]
mod recommendation_type;
#[cfg(feature = "accounts")]
pub use recommendation_type::RecommendationType;

#[cfg(feature = "iai-recommendations")]
mod recommender_calculations;
#[cfg(feature = "iai-recommendations")]
pub use recommender_calculations::RecommenderCalculations;

#[cfg(feature = "iai-recommendations")]
mod recommender_calculations_identity_attributes_value;
#[cfg(feature = "iai-recommendations")]
pub use recommender_calculations_identity_attributes_value::RecommenderCalculationsIdentityAttributesValue;

#[cfg(feature = "transforms")]
mod reference;
#[cfg(feature = "transforms")]
pub use reference::Reference;

#[cfg(feature = "work-items")]
mod remediation_items;
#[cfg(feature = "work-items")]
pub use remediation_items::RemediationItems;

#[cfg(feature = "transforms")]
mod replace;
#[cfg(feature = "transforms")]
pub use replace::Replace;

#[cfg(feature = "transforms")]
mod replace_all;
#[cfg(feature = "transforms")]
pub use replace_all::ReplaceAll;

#[cfg(feature = "org-config")]
mod report_config_dto;
#[cfg(feature = "org-config")]
pub use report_config_dto::ReportConfigDto;

#[cfg(feature = "sod-policies")]
mod report_result_reference;
#[cfg(feature = "sod-policies")]
pub use report_result_reference::ReportResultReference;

#[cfg(any(feature = "certification-campaigns", feature = "sod-policies"))]
mod report_result_reference_status;
#[cfg(any(feature = "certification-campaigns", feature = "sod-policies"))]
pub use report_result_reference_status::ReportResultReferenceStatus;

#[cfg(feature = "certification-campaigns")]
mod report_type;
#[cfg(feature = "certification-campaigns")]
pub use report_type::ReportType;

#[cfg(feature = "access-requests")]
mod request_on_behalf_of_config;
#[cfg(feature = "access-requests")]
pub use request_on_behalf_of_config::RequestOnBehalfOfConfig;

#[cfg(feature = "access-profiles")]
mod requestability;
#[cfg(feature = "access-profiles")]
pub use requestability::Requestability;

#[cfg(feature = "roles")]
mod requestability_for_role;
#[cfg(feature = "roles")]
pub use requestability_for_role::RequestabilityForRole;

#[cfg(feature = "requestable-objects")]
mod requestable_object;
#[cfg(feature = "requestable-objects")]
pub use requestable_object::RequestableObject;

#[cfg(feature = "access-request-approvals")]
mod requestable_object_reference;
#[cfg(feature = "access-request-approvals")]
pub use requestable_object_reference::RequestableObjectReference;

#[cfg(feature = "access-request-approvals")]
mod requestable_object_reference_type;
#[cfg(feature = "access-request-approvals")]
pub use requestable_object_reference_type::RequestableObjectReferenceType;

#[cfg(feature = "requestable-objects")]
mod requestable_object_request_status;
#[cfg(feature = "requestable-objects")]
pub use requestable_object_request_status::RequestableObjectRequestStatus;

#[cfg(any(feature = "account-activities", feature = "requestable-objects"))]
mod requestable_object_type;
#[cfg(any(feature = "account-activities", feature = "requestable-objects"))]
pub use requestable_object_type::RequestableObjectType;

#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
mod requested_account_ref;
#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
pub use requested_account_ref::RequestedAccountRef;

#[cfg(feature = "access-requests")]
mod requested_for_dto_ref;
#[cfg(feature = "access-requests")]
pub use requested_for_dto_ref::RequestedForDtoRef;

#[cfg(feature = "access-requests")]
mod requested_item_details;
#[cfg(feature = "access-requests")]
pub use requested_item_details::RequestedItemDetails;

#[cfg(feature = "access-requests")]
mod requested_item_details_type;
#[cfg(feature = "access-requests")]
pub use requested_item_details_type::RequestedItemDetailsType;

#[cfg(feature = "access-requests")]
mod requested_item_dto_ref;
#[cfg(feature = "access-requests")]
pub use requested_item_dto_ref::RequestedItemDtoRef;

#[cfg(feature = "access-requests")]
mod requested_item_dto_ref_type;
#[cfg(feature = "access-requests")]
pub use requested_item_dto_ref_type::RequestedItemDtoRefType;

#[cfg(feature = "access-requests")]
mod requested_item_status;
#[cfg(feature = "access-requests")]
pub use requested_item_status::RequestedItemStatus;

#[cfg(feature = "access-requests")]
mod requested_item_status_request_state;
#[cfg(feature = "access-requests")]
pub use requested_item_status_request_state::RequestedItemStatusRequestState;

#[cfg(feature = "access-requests")]
mod requested_item_status_requested_for;
#[cfg(feature = "access-requests")]
pub use requested_item_status_requested_for::RequestedItemStatusRequestedFor;

#[cfg(feature = "access-requests")]
mod requested_item_status_requested_for_type;
#[cfg(feature = "access-requests")]
pub use requested_item_status_requested_for_type::RequestedItemStatusRequestedForType;

#[cfg(feature = "access-requests")]
mod requested_item_status_type;
#[cfg(feature = "access-requests")]
pub use requested_item_status_type::RequestedItemStatusType;

#[cfg(feature = "transforms")]
mod requires_periodic_refresh;
#[cfg(feature = "transforms")]
pub use requires_periodic_refresh::RequiresPeriodicRefresh;

#[cfg(feature = "iai-message-catalogs")]
mod resource_bundle_message;
#[cfg(feature = "iai-message-catalogs")]
pub use resource_bundle_message::ResourceBundleMessage;

#[cfg(feature = "sources")]
mod resource_object;
#[cfg(feature = "sources")]
pub use resource_object::ResourceObject;

#[cfg(feature = "sources")]
mod resource_objects_request;
#[cfg(feature = "sources")]
pub use resource_objects_request::ResourceObjectsRequest;

#[cfg(feature = "sources")]
mod resource_objects_response;
#[cfg(feature = "sources")]
pub use resource_objects_response::ResourceObjectsResponse;

#[cfg(feature = "certifications")]
mod review_reassign;
#[cfg(feature = "certifications")]
pub use review_reassign::ReviewReassign;

#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
mod reviewer;
#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
pub use reviewer::Reviewer;

#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
mod reviewer_type;
#[cfg(any(feature = "certifications", feature = "triggers", feature = "webhooks"))]
pub use reviewer_type::ReviewerType;

#[cfg(feature = "access-profiles")]
mod revocability;
#[cfg(feature = "access-profiles")]
pub use revocability::Revocability;

#[cfg(feature = "roles")]
mod revocability_for_role;
#[cfg(feature = "roles")]
pub use revocability_for_role::RevocabilityForRole;

#[cfg(feature = "transforms")]
mod right_pad;
#[cfg(feature = "transforms")]
pub use right_pad::RightPad;

#[cfg(feature = "roles")]
mod role;
#[cfg(feature = "roles")]
pub use role::Role;

#[cfg(feature = "identities")]
mod role_assignment_dto;
#[cfg(feature = "identities")]
pub use role_assignment_dto::RoleAssignmentDto;

#[cfg(feature = "identities")]
mod role_assignment_dto_assigner;
#[cfg(feature = "identities")]
pub use role_assignment_dto_assigner::RoleAssignmentDtoAssigner;

#[cfg(feature = "identities")]
mod role_assignment_dto_assigner_type;
#[cfg(feature = "identities")]
pub use role_assignment_dto_assigner_type::RoleAssignmentDtoAssignerType;

#[cfg(feature = "identities")]
mod role_assignment_ref;
#[cfg(feature = "identities")]
pub use role_assignment_ref::RoleAssignmentRef;

#[cfg(feature = "roles")]
mod role_assignment_source_type;
#[cfg(feature = "roles")]
pub use role_assignment_source_type::RoleAssignmentSourceType;

#[cfg(feature = "roles")]
mod role_bulk_delete_request;
#[cfg(feature = "roles")]
pub use role_bulk_delete_request::RoleBulkDeleteRequest;

#[cfg(feature = "roles")]
mod role_criteria_key;
#[cfg(feature = "roles")]
pub use role_criteria_key::RoleCriteriaKey;

#[cfg(feature = "roles")]
mod role_criteria_key_type;
#[cfg(feature = "roles")]
pub use role_criteria_key_type::RoleCriteriaKeyType;

#[cfg(feature = "roles")]
mod role_criteria_level1;
#[cfg(feature = "roles")]
pub use role_criteria_level1::RoleCriteriaLevel1;

#[cfg(feature = "roles")]
mod role_criteria_level2;
#[cfg(feature = "roles")]
pub use role_criteria_level2::RoleCriteriaLevel2;

#[cfg(feature = "roles")]
mod role_criteria_level3;
#[cfg(feature = "roles")]
pub use role_criteria_level3::RoleCriteriaLevel3;

#[cfg(feature = "roles")]
mod role_criteria_operation;
#[cfg(feature = "roles")]
pub use role_criteria_operation::RoleCriteriaOperation;

#[cfg(feature = "roles")]
mod role_identity;
#[cfg(feature = "roles")]
pub use role_identity::RoleIdentity;

#[cfg(feature = "role-insights")]
mod role_insight;
#[cfg(feature = "role-insights")]
pub use role_insight::RoleInsight;

#[cfg(feature = "role-insights")]
mod role_insights_entitlement;
#[cfg(feature = "role-insights")]
pub use role_insights_entitlement::RoleInsightsEntitlement;

#[cfg(feature = "role-insights")]
mod role_insights_entitlement_changes;
#[cfg(feature = "role-insights")]
pub use role_insights_entitlement_changes::RoleInsightsEntitlementChanges;

#[cfg(feature = "role-insights")]
mod role_insights_identities;
#[cfg(feature = "role-insights")]
pub use role_insights_identities::RoleInsightsIdentities;

#[cfg(feature = "role-insights")]
mod role_insights_insight;
#[cfg(feature = "role-insights")]
pub use role_insights_insight::RoleInsightsInsight;

#[cfg(feature = "role-insights")]
mod role_insights_response;
#[cfg(feature = "role-insights")]
pub use role_insights_response::RoleInsightsResponse;

#[cfg(feature = "role-insights")]
mod role_insights_response_status;
#[cfg(feature = "role-insights")]
pub use role_insights_response_status::RoleInsightsResponseStatus;

#[cfg(feature = "role-insights")]
mod role_insights_role;
#[cfg(feature = "role-insights")]
pub use role_insights_role::RoleInsightsRole;

#[cfg(feature = "role-insights")]
mod role_insights_summary;
#[cfg(feature = "role-insights")]
pub use role_insights_summary::RoleInsightsSummary;

#[cfg(feature = "identities")]
mod role_match_dto;
#[cfg(feature = "identities")]
pub use role_match_dto::RoleMatchDto;

#[cfg(feature = "roles")]
mod role_membership_identity;
#[cfg(feature = "roles")]
pub use role_membership_identity::RoleMembershipIdentity;

#[cfg(feature = "roles")]
mod role_membership_selector;
#[cfg(feature = "roles")]
pub use role_membership_selector::RoleMembershipSelector;

#[cfg(feature = "roles")]
mod role_membership_selector_type;
#[cfg(feature = "roles")]
pub use role_membership_selector_type::RoleMembershipSelectorType;

#[cfg(feature = "iai-role-mining")]
mod role_mining_entitlement;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_entitlement::RoleMiningEntitlement;

#[cfg(feature = "iai-role-mining")]
mod role_mining_entitlement_ref;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_entitlement_ref::RoleMiningEntitlementRef;

#[cfg(feature = "iai-role-mining")]
mod role_mining_identity;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_identity::RoleMiningIdentity;

#[cfg(feature = "iai-role-mining")]
mod role_mining_identity_distribution;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_identity_distribution::RoleMiningIdentityDistribution;

#[cfg(feature = "iai-role-mining")]
mod role_mining_identity_distribution_distribution_inner;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_identity_distribution_distribution_inner::RoleMiningIdentityDistributionDistributionInner;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role::RoleMiningPotentialRole;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_application;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_application::RoleMiningPotentialRoleApplication;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_created_by;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_created_by::RoleMiningPotentialRoleCreatedBy;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_edit_entitlements;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_edit_entitlements::RoleMiningPotentialRoleEditEntitlements;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_entitlements;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_entitlements::RoleMiningPotentialRoleEntitlements;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_export_request;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_export_request::RoleMiningPotentialRoleExportRequest;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_export_response;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_export_response::RoleMiningPotentialRoleExportResponse;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_export_state;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_export_state::RoleMiningPotentialRoleExportState;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_potential_role_ref;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_potential_role_ref::RoleMiningPotentialRolePotentialRoleRef;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_provision_request;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_provision_request::RoleMiningPotentialRoleProvisionRequest;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_provision_state;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_provision_state::RoleMiningPotentialRoleProvisionState;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_ref;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_ref::RoleMiningPotentialRoleRef;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_source_usage;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_source_usage::RoleMiningPotentialRoleSourceUsage;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_summary;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_summary::RoleMiningPotentialRoleSummary;

#[cfg(feature = "iai-role-mining")]
mod role_mining_potential_role_summary_created_by;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_potential_role_summary_created_by::RoleMiningPotentialRoleSummaryCreatedBy;

#[cfg(feature = "iai-role-mining")]
mod role_mining_role_type;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_role_type::RoleMiningRoleType;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_draft_role_dto;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_draft_role_dto::RoleMiningSessionDraftRoleDto;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_dto;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_dto::RoleMiningSessionDto;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_parameters_dto;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_parameters_dto::RoleMiningSessionParametersDto;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_response;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_response::RoleMiningSessionResponse;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_response_created_by;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_response_created_by::RoleMiningSessionResponseCreatedBy;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_scope;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_scope::RoleMiningSessionScope;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_scoping_method;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_scoping_method::RoleMiningSessionScopingMethod;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_state;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_state::RoleMiningSessionState;

#[cfg(feature = "iai-role-mining")]
mod role_mining_session_status;
#[cfg(feature = "iai-role-mining")]
pub use role_mining_session_status::RoleMiningSessionStatus;

#[cfg(feature = "identities")]
mod role_target_dto;
#[cfg(feature = "identities")]
pub use role_target_dto::RoleTargetDto;

#[cfg(feature = "transforms")]
mod rule;
#[cfg(feature = "transforms")]
pub use rule::Rule;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod saved_search_complete;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use saved_search_complete::SavedSearchComplete;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod saved_search_complete_search_results;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use saved_search_complete_search_results::SavedSearchCompleteSearchResults;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod saved_search_complete_search_results_account;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use saved_search_complete_search_results_account::SavedSearchCompleteSearchResultsAccount;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod saved_search_complete_search_results_entitlement;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use saved_search_complete_search_results_entitlement::SavedSearchCompleteSearchResultsEntitlement;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod saved_search_complete_search_results_identity;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use saved_search_complete_search_results_identity::SavedSearchCompleteSearchResultsIdentity;

#[cfg(feature = "certification-campaigns")]
mod schedule;
#[cfg(feature = "certification-campaigns")]
pub use schedule::Schedule;

#[cfg(feature = "certification-campaigns")]
mod schedule_days;
#[cfg(feature = "certification-campaigns")]
pub use schedule_days::ScheduleDays;

#[cfg(feature = "certification-campaigns")]
mod schedule_days_type;
#[cfg(feature = "certification-campaigns")]
pub use schedule_days_type::ScheduleDaysType;

#[cfg(feature = "certification-campaigns")]
mod schedule_hours;
#[cfg(feature = "certification-campaigns")]
pub use schedule_hours::ScheduleHours;

#[cfg(feature = "certification-campaigns")]
mod schedule_hours_type;
#[cfg(feature = "certification-campaigns")]
pub use schedule_hours_type::ScheduleHoursType;

#[cfg(feature = "certification-campaigns")]
mod schedule_months;
#[cfg(feature = "certification-campaigns")]
pub use schedule_months::ScheduleMonths;

#[cfg(feature = "certification-campaigns")]
mod schedule_months_type;
#[cfg(feature = "certification-campaigns")]
pub use schedule_months_type::ScheduleMonthsType;

#[cfg(feature = "sod-policies")]
mod schedule_schedule;
#[cfg(feature = "sod-policies")]
pub use schedule_schedule::ScheduleSchedule;

#[cfg(feature = "sod-policies")]
mod schedule_selector;
#[cfg(feature = "sod-policies")]
pub use schedule_selector::ScheduleSelector;

#[cfg(feature = "sod-policies")]
mod schedule_type;
#[cfg(feature = "sod-policies")]
pub use schedule_type::ScheduleType;

#[cfg(feature = "certification-campaigns")]
mod schedule_type2;
#[cfg(feature = "certification-campaigns")]
pub use schedule_type2::ScheduleType2;

#[cfg(feature = "workflows")]
mod scheduled_attributes;
#[cfg(feature = "workflows")]
pub use scheduled_attributes::ScheduledAttributes;

#[cfg(feature = "workflows")]
mod scheduled_attributes_frequency;
#[cfg(feature = "workflows")]
pub use scheduled_attributes_frequency::ScheduledAttributesFrequency;

#[cfg(feature = "sources")]
mod schema;
#[cfg(feature = "sources")]
pub use schema::Schema;

#[cfg(feature = "search-attribute-configuration")]
mod search_attribute_config;
#[cfg(feature = "search-attribute-configuration")]
pub use search_attribute_config::SearchAttributeConfig;

#[cfg(feature = "suggested-entitlement-description")]
mod search_criteria;
#[cfg(feature = "suggested-entitlement-description")]
pub use search_criteria::SearchCriteria;

#[cfg(feature = "suggested-entitlement-description")]
mod search_criteria_filters_value;
#[cfg(feature = "suggested-entitlement-description")]
pub use search_criteria_filters_value::SearchCriteriaFiltersValue;

#[cfg(feature = "suggested-entitlement-description")]
mod search_criteria_filters_value_range;
#[cfg(feature = "suggested-entitlement-description")]
pub use search_criteria_filters_value_range::SearchCriteriaFiltersValueRange;

#[cfg(feature = "suggested-entitlement-description")]
mod search_criteria_filters_value_range_lower;
#[cfg(feature = "suggested-entitlement-description")]
pub use search_criteria_filters_value_range_lower::SearchCriteriaFiltersValueRangeLower;

#[cfg(feature = "suggested-entitlement-description")]
mod search_criteria_filters_value_range_upper;
#[cfg(feature = "suggested-entitlement-description")]
pub use search_criteria_filters_value_range_upper::SearchCriteriaFiltersValueRangeUpper;

#[cfg(feature = "suggested-entitlement-description")]
mod search_criteria_query;
#[cfg(feature = "suggested-entitlement-description")]
pub use search_criteria_query::SearchCriteriaQuery;

#[cfg(feature = "suggested-entitlement-description")]
mod search_criteria_text_query;
#[cfg(feature = "suggested-entitlement-description")]
pub use search_criteria_text_query::SearchCriteriaTextQuery;

#[cfg(feature = "custom-forms")]
mod search_form_definitions_by_tenant400_response;
#[cfg(feature = "custom-forms")]
pub use search_form_definitions_by_tenant400_response::SearchFormDefinitionsByTenant400Response;

#[cfg(feature = "custom-forms")]
mod search_form_definitions_by_tenant401_response;
#[cfg(feature = "custom-forms")]
pub use search_form_definitions_by_tenant401_response::SearchFormDefinitionsByTenant401Response;

#[cfg(feature = "custom-forms")]
mod search_form_definitions_by_tenant403_response;
#[cfg(feature = "custom-forms")]
pub use search_form_definitions_by_tenant403_response::SearchFormDefinitionsByTenant403Response;

#[cfg(feature = "custom-forms")]
mod search_form_definitions_by_tenant500_response;
#[cfg(feature = "custom-forms")]
pub use search_form_definitions_by_tenant500_response::SearchFormDefinitionsByTenant500Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_id400_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_id400_response::SearchFormElementDataByElementId400Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_id401_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_id401_response::SearchFormElementDataByElementId401Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_id403_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_id403_response::SearchFormElementDataByElementId403Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_id404_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_id404_response::SearchFormElementDataByElementId404Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_id500_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_id500_response::SearchFormElementDataByElementId500Response;

#[cfg(feature = "custom-forms")]
mod search_form_instances_by_tenant400_response;
#[cfg(feature = "custom-forms")]
pub use search_form_instances_by_tenant400_response::SearchFormInstancesByTenant400Response;

#[cfg(feature = "custom-forms")]
mod search_form_instances_by_tenant401_response;
#[cfg(feature = "custom-forms")]
pub use search_form_instances_by_tenant401_response::SearchFormInstancesByTenant401Response;

#[cfg(feature = "custom-forms")]
mod search_form_instances_by_tenant403_response;
#[cfg(feature = "custom-forms")]
pub use search_form_instances_by_tenant403_response::SearchFormInstancesByTenant403Response;

#[cfg(feature = "custom-forms")]
mod search_form_instances_by_tenant500_response;
#[cfg(feature = "custom-forms")]
pub use search_form_instances_by_tenant500_response::SearchFormInstancesByTenant500Response;

#[cfg(feature = "custom-forms")]
mod search_pre_defined_select_options400_response;
#[cfg(feature = "custom-forms")]
pub use search_pre_defined_select_options400_response::SearchPreDefinedSelectOptions400Response;

#[cfg(feature = "custom-forms")]
mod search_pre_defined_select_options401_response;
#[cfg(feature = "custom-forms")]
pub use search_pre_defined_select_options401_response::SearchPreDefinedSelectOptions401Response;

#[cfg(feature = "custom-forms")]
mod search_pre_defined_select_options403_response;
#[cfg(feature = "custom-forms")]
pub use search_pre_defined_select_options403_response::SearchPreDefinedSelectOptions403Response;

#[cfg(feature = "custom-forms")]
mod search_pre_defined_select_options500_response;
#[cfg(feature = "custom-forms")]
pub use search_pre_defined_select_options500_response::SearchPreDefinedSelectOptions500Response;

#[cfg(feature = "work-items")]
mod section;
#[cfg(feature = "work-items")]
pub use section::Section;

#[cfg(feature = "suggested-entitlement-description")]
mod sed;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed::Sed;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_approval;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_approval::SedApproval;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_approval_status;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_approval_status::SedApprovalStatus;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_assignee;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_assignee::SedAssignee;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_assignee_type;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_assignee_type::SedAssigneeType;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_assignment;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_assignment::SedAssignment;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_assignment_response;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_assignment_response::SedAssignmentResponse;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_batch_request;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_batch_request::SedBatchRequest;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_batch_response;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_batch_response::SedBatchResponse;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_batch_stats;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_batch_stats::SedBatchStats;

#[cfg(feature = "suggested-entitlement-description")]
mod sed_patch;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed_patch::SedPatch;

#[cfg(feature = "segments")]
mod segment;
#[cfg(feature = "segments")]
pub use segment::Segment;

#[cfg(feature = "apps")]
mod selector;
#[cfg(feature = "apps")]
pub use selector::Selector;

#[cfg(feature = "apps")]
mod selector_account_match_config;
#[cfg(feature = "apps")]
pub use selector_account_match_config::SelectorAccountMatchConfig;

#[cfg(feature = "apps")]
mod selector_account_match_config_match_expression;
#[cfg(feature = "apps")]
pub use selector_account_match_config_match_expression::SelectorAccountMatchConfigMatchExpression;

#[cfg(feature = "sod-policies")]
mod selector_type;
#[cfg(feature = "sod-policies")]
pub use selector_type::SelectorType;

#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
mod self_import_export_dto;
#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
pub use self_import_export_dto::SelfImportExportDto;

#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
mod self_import_export_dto_type;
#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
pub use self_import_export_dto_type::SelfImportExportDtoType;

#[cfg(feature = "identities")]
mod send_account_verification_request;
#[cfg(feature = "identities")]
pub use send_account_verification_request::SendAccountVerificationRequest;

#[cfg(feature = "identities")]
mod send_account_verification_request_via;
#[cfg(feature = "identities")]
pub use send_account_verification_request_via::SendAccountVerificationRequestVia;

#[cfg(feature = "notifications")]
mod send_test_notification_request_dto;
#[cfg(feature = "notifications")]
pub use send_test_notification_request_dto::SendTestNotificationRequestDto;

#[cfg(feature = "notifications")]
mod send_test_notification_request_dto_medium;
#[cfg(feature = "notifications")]
pub use send_test_notification_request_dto_medium::SendTestNotificationRequestDtoMedium;

#[cfg(feature = "mfa-controller")]
mod send_token_request;
#[cfg(feature = "mfa-controller")]
pub use send_token_request::SendTokenRequest;

#[cfg(feature = "mfa-controller")]
mod send_token_request_delivery_type;
#[cfg(feature = "mfa-controller")]
pub use send_token_request_delivery_type::SendTokenRequestDeliveryType;

#[cfg(feature = "mfa-controller")]
mod send_token_response;
#[cfg(feature = "mfa-controller")]
pub use send_token_response::SendTokenResponse;

#[cfg(feature = "mfa-controller")]
mod send_token_response_status;
#[cfg(feature = "mfa-controller")]
pub use send_token_response_status::SendTokenResponseStatus;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod service_desk_integration_dto;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use service_desk_integration_dto::ServiceDeskIntegrationDto;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod service_desk_integration_dto2;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use service_desk_integration_dto2::ServiceDeskIntegrationDto2;

#[cfg(feature = "service-desk-integration")]
mod service_desk_integration_template_dto;
#[cfg(feature = "service-desk-integration")]
pub use service_desk_integration_template_dto::ServiceDeskIntegrationTemplateDto;

#[cfg(feature = "service-desk-integration")]
mod service_desk_integration_template_type;
#[cfg(feature = "service-desk-integration")]
pub use service_desk_integration_template_type::ServiceDeskIntegrationTemplateType;

#[cfg(feature = "unreferenced-schemas")]
mod service_desk_source;
#[cfg(feature = "unreferenced-schemas")]
pub use service_desk_source::ServiceDeskSource;

#[cfg(feature = "unreferenced-schemas")]
mod service_desk_source_type;
#[cfg(feature = "unreferenced-schemas")]
pub use service_desk_source_type::ServiceDeskSourceType;

#[cfg(feature = "icons")]
mod set_icon200_response;
#[cfg(feature = "icons")]
pub use set_icon200_response::SetIcon200Response;

#[cfg(feature = "icons")]
mod set_icon_object_type;
#[cfg(feature = "icons")]
pub use set_icon_object_type::SetIconObjectType;

#[cfg(feature = "icons")]
mod set_icon_request;
#[cfg(feature = "icons")]
pub use set_icon_request::SetIconRequest;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source400_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source400_response::ShowPreviewDataSource400Response;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source401_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source401_response::ShowPreviewDataSource401Response;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source403_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source403_response::ShowPreviewDataSource403Response;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source404_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source404_response::ShowPreviewDataSource404Response;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source500_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source500_response::ShowPreviewDataSource500Response;

#[cfg(feature = "sim-integrations")]
mod sim_integration_details;
#[cfg(feature = "sim-integrations")]
pub use sim_integration_details::SimIntegrationDetails;

#[cfg(feature = "sim-integrations")]
mod sim_integration_details_before_provisioning_rule;
#[cfg(feature = "sim-integrations")]
pub use sim_integration_details_before_provisioning_rule::SimIntegrationDetailsBeforeProvisioningRule;

#[cfg(feature = "transforms")]
mod simple_date_format;
#[cfg(feature = "transforms")]
pub use simple_date_format::SimpleDateFormat;

#[cfg(feature = "certification-campaigns")]
mod slim_campaign;
#[cfg(feature = "certification-campaigns")]
pub use slim_campaign::SlimCampaign;

#[cfg(feature = "certification-campaigns")]
mod slim_campaign_correlated_status;
#[cfg(feature = "certification-campaigns")]
pub use slim_campaign_correlated_status::SlimCampaignCorrelatedStatus;

#[cfg(feature = "certification-campaigns")]
mod slim_campaign_status;
#[cfg(feature = "certification-campaigns")]
pub use slim_campaign_status::SlimCampaignStatus;

#[cfg(feature = "certification-campaigns")]
mod slim_campaign_type;
#[cfg(feature = "certification-campaigns")]
pub use slim_campaign_type::SlimCampaignType;

#[cfg(feature = "application-discovery")]
mod slim_discovered_applications;
#[cfg(feature = "application-discovery")]
pub use slim_discovered_applications::SlimDiscoveredApplications;

#[cfg(feature = "application-discovery")]
mod slim_discovered_applications_risk_level;
#[cfg(feature = "application-discovery")]
pub use slim_discovered_applications_risk_level::SlimDiscoveredApplicationsRiskLevel;

#[cfg(feature = "access-request-approvals")]
mod sod_exempt_criteria;
#[cfg(feature = "access-request-approvals")]
pub use sod_exempt_criteria::SodExemptCriteria;

#[cfg(feature = "sod-policies")]
mod sod_policy;
#[cfg(feature = "sod-policies")]
pub use sod_policy::SodPolicy;

#[cfg(feature = "access-request-approvals")]
mod sod_policy_dto;
#[cfg(feature = "access-request-approvals")]
pub use sod_policy_dto::SodPolicyDto;

#[cfg(feature = "access-request-approvals")]
mod sod_policy_dto_type;
#[cfg(feature = "access-request-approvals")]
pub use sod_policy_dto_type::SodPolicyDtoType;

#[cfg(feature = "sod-policies")]
mod sod_policy_owner_ref;
#[cfg(feature = "sod-policies")]
pub use sod_policy_owner_ref::SodPolicyOwnerRef;

#[cfg(feature = "sod-policies")]
mod sod_policy_owner_ref_type;
#[cfg(feature = "sod-policies")]
pub use sod_policy_owner_ref_type::SodPolicyOwnerRefType;

#[cfg(feature = "sod-policies")]
mod sod_policy_schedule;
#[cfg(feature = "sod-policies")]
pub use sod_policy_schedule::SodPolicySchedule;

#[cfg(feature = "sod-policies")]
mod sod_policy_state;
#[cfg(feature = "sod-policies")]
pub use sod_policy_state::SodPolicyState;

#[cfg(feature = "sod-policies")]
mod sod_policy_type;
#[cfg(feature = "sod-policies")]
pub use sod_policy_type::SodPolicyType;

#[cfg(feature = "sod-policies")]
mod sod_recipient;
#[cfg(feature = "sod-policies")]
pub use sod_recipient::SodRecipient;

#[cfg(feature = "sod-policies")]
mod sod_recipient_type;
#[cfg(feature = "sod-policies")]
pub use sod_recipient_type::SodRecipientType;

#[cfg(feature = "unreferenced-schemas")]
mod sod_report_result_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use sod_report_result_dto::SodReportResultDto;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "sod-policies",
        feature = "unreferenced-schemas"
    )
)]
mod sod_report_result_dto_type;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "sod-policies",
        feature = "unreferenced-schemas"
    )
)]
pub use sod_report_result_dto_type::SodReportResultDtoType;

#[cfg(feature = "unreferenced-schemas")]
mod sod_sod_policy_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use sod_sod_policy_dto::SodSodPolicyDto;

#[cfg(feature = "unreferenced-schemas")]
mod sod_sod_policy_dto_type;
#[cfg(feature = "unreferenced-schemas")]
pub use sod_sod_policy_dto_type::SodSodPolicyDtoType;

#[cfg(feature = "access-request-approvals")]
mod sod_violation_check_result;
#[cfg(feature = "access-request-approvals")]
pub use sod_violation_check_result::SodViolationCheckResult;

#[cfg(feature = "access-request-approvals")]
mod sod_violation_context;
#[cfg(feature = "access-request-approvals")]
pub use sod_violation_context::SodViolationContext;

#[cfg(feature = "access-request-approvals")]
mod sod_violation_context_check_completed;
#[cfg(feature = "access-request-approvals")]
pub use sod_violation_context_check_completed::SodViolationContextCheckCompleted;

#[cfg(feature = "access-request-approvals")]
mod sod_violation_context_check_completed_state;
#[cfg(feature = "access-request-approvals")]
pub use sod_violation_context_check_completed_state::SodViolationContextCheckCompletedState;

#[cfg(feature = "access-request-approvals")]
mod sod_violation_context_conflicting_access_criteria;
#[cfg(feature = "access-request-approvals")]
pub use sod_violation_context_conflicting_access_criteria::SodViolationContextConflictingAccessCriteria;

#[cfg(feature = "access-request-approvals")]
mod sod_violation_context_conflicting_access_criteria_left_criteria;
#[cfg(feature = "access-request-approvals")]
pub use sod_violation_context_conflicting_access_criteria_left_criteria::SodViolationContextConflictingAccessCriteriaLeftCriteria;

#[cfg(feature = "access-request-approvals")]
mod sod_violation_context_conflicting_access_criteria_right_criteria;
#[cfg(feature = "access-request-approvals")]
pub use sod_violation_context_conflicting_access_criteria_right_criteria::SodViolationContextConflictingAccessCriteriaRightCriteria;

#[cfg(feature = "sources")]
mod source;
#[cfg(feature = "sources")]
pub use source::Source;

#[cfg(feature = "sources")]
mod source_account_correlation_config;
#[cfg(feature = "sources")]
pub use source_account_correlation_config::SourceAccountCorrelationConfig;

#[cfg(feature = "sources")]
mod source_account_correlation_config_type;
#[cfg(feature = "sources")]
pub use source_account_correlation_config_type::SourceAccountCorrelationConfigType;

#[cfg(feature = "sources")]
mod source_account_correlation_rule;
#[cfg(feature = "sources")]
pub use source_account_correlation_rule::SourceAccountCorrelationRule;

#[cfg(feature = "sources")]
mod source_account_correlation_rule_type;
#[cfg(feature = "sources")]
pub use source_account_correlation_rule_type::SourceAccountCorrelationRuleType;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_account_created;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_account_created::SourceAccountCreated;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_account_deleted;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_account_deleted::SourceAccountDeleted;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_account_updated;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_account_updated::SourceAccountUpdated;

#[cfg(feature = "apps")]
mod source_app;
#[cfg(feature = "apps")]
pub use source_app::SourceApp;

#[cfg(feature = "apps")]
mod source_app_account_source;
#[cfg(feature = "apps")]
pub use source_app_account_source::SourceAppAccountSource;

#[cfg(feature = "apps")]
mod source_app_bulk_update_request;
#[cfg(feature = "apps")]
pub use source_app_bulk_update_request::SourceAppBulkUpdateRequest;

#[cfg(feature = "apps")]
mod source_app_create_dto;
#[cfg(feature = "apps")]
pub use source_app_create_dto::SourceAppCreateDto;

#[cfg(feature = "apps")]
mod source_app_create_dto_account_source;
#[cfg(feature = "apps")]
pub use source_app_create_dto_account_source::SourceAppCreateDtoAccountSource;

#[cfg(feature = "apps")]
mod source_app_patch_dto;
#[cfg(feature = "apps")]
pub use source_app_patch_dto::SourceAppPatchDto;

#[cfg(feature = "apps")]
mod source_app_patch_dto_account_source;
#[cfg(feature = "apps")]
pub use source_app_patch_dto_account_source::SourceAppPatchDtoAccountSource;

#[cfg(feature = "sources")]
mod source_before_provisioning_rule;
#[cfg(feature = "sources")]
pub use source_before_provisioning_rule::SourceBeforeProvisioningRule;

#[cfg(feature = "sources")]
mod source_before_provisioning_rule_type;
#[cfg(feature = "sources")]
pub use source_before_provisioning_rule_type::SourceBeforeProvisioningRuleType;

#[cfg(feature = "sources")]
mod source_cluster;
#[cfg(feature = "sources")]
pub use source_cluster::SourceCluster;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod source_cluster_dto;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use source_cluster_dto::SourceClusterDto;

#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
mod source_cluster_dto_type;
#[cfg(any(feature = "service-desk-integration", feature = "sim-integrations"))]
pub use source_cluster_dto_type::SourceClusterDtoType;

#[cfg(feature = "sources")]
mod source_cluster_type;
#[cfg(feature = "sources")]
pub use source_cluster_type::SourceClusterType;

#[cfg(feature = "connector-rule-management")]
mod source_code;
#[cfg(feature = "connector-rule-management")]
pub use source_code::SourceCode;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_created;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_created::SourceCreated;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_created_actor;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_created_actor::SourceCreatedActor;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_created_actor_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_created_actor_type::SourceCreatedActorType;

#[cfg(feature = "multi-host-integration")]
mod source_creation_errors;
#[cfg(feature = "multi-host-integration")]
pub use source_creation_errors::SourceCreationErrors;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_deleted;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_deleted::SourceDeleted;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_deleted_actor;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_deleted_actor::SourceDeletedActor;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_deleted_actor_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_deleted_actor_type::SourceDeletedActorType;

#[cfg(feature = "sources")]
mod source_entitlement_request_config;
#[cfg(feature = "sources")]
pub use source_entitlement_request_config::SourceEntitlementRequestConfig;

#[cfg(any(feature = "multi-host-integration", feature = "sources"))]
mod source_feature;
#[cfg(any(feature = "multi-host-integration", feature = "sources"))]
pub use source_feature::SourceFeature;

#[cfg(any(feature = "multi-host-integration", feature = "sources"))]
mod source_feature_inner;
#[cfg(any(feature = "multi-host-integration", feature = "sources"))]
pub use source_feature_inner::SourceFeatureInner;

#[cfg(feature = "access-requests")]
mod source_item_ref;
#[cfg(feature = "access-requests")]
pub use source_item_ref::SourceItemRef;

#[cfg(feature = "sources")]
mod source_management_workgroup;
#[cfg(feature = "sources")]
pub use source_management_workgroup::SourceManagementWorkgroup;

#[cfg(feature = "sources")]
mod source_management_workgroup_type;
#[cfg(feature = "sources")]
pub use source_management_workgroup_type::SourceManagementWorkgroupType;

#[cfg(feature = "sources")]
mod source_manager_correlation_rule;
#[cfg(feature = "sources")]
pub use source_manager_correlation_rule::SourceManagerCorrelationRule;

#[cfg(feature = "sources")]
mod source_manager_correlation_rule_type;
#[cfg(feature = "sources")]
pub use source_manager_correlation_rule_type::SourceManagerCorrelationRuleType;

#[cfg(feature = "sources")]
mod source_owner;
#[cfg(feature = "sources")]
pub use source_owner::SourceOwner;

#[cfg(feature = "sources")]
mod source_owner_type;
#[cfg(feature = "sources")]
pub use source_owner_type::SourceOwnerType;

#[cfg(feature = "sources")]
mod source_password_policies_inner;
#[cfg(feature = "sources")]
pub use source_password_policies_inner::SourcePasswordPoliciesInner;

#[cfg(feature = "sources")]
mod source_password_policies_inner_type;
#[cfg(feature = "sources")]
pub use source_password_policies_inner_type::SourcePasswordPoliciesInnerType;

#[cfg(feature = "sources")]
mod source_schemas_inner;
#[cfg(feature = "sources")]
pub use source_schemas_inner::SourceSchemasInner;

#[cfg(feature = "sources")]
mod source_schemas_inner_type;
#[cfg(feature = "sources")]
pub use source_schemas_inner_type::SourceSchemasInnerType;

#[cfg(feature = "sources")]
mod source_status;
#[cfg(feature = "sources")]
pub use source_status::SourceStatus;

#[cfg(feature = "sources")]
mod source_sync_job;
#[cfg(feature = "sources")]
pub use source_sync_job::SourceSyncJob;

#[cfg(feature = "sources")]
mod source_sync_job_status;
#[cfg(feature = "sources")]
pub use source_sync_job_status::SourceSyncJobStatus;

#[cfg(feature = "sources")]
mod source_sync_payload;
#[cfg(feature = "sources")]
pub use source_sync_payload::SourceSyncPayload;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_updated;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_updated::SourceUpdated;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_updated_actor;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_updated_actor::SourceUpdatedActor;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod source_updated_actor_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use source_updated_actor_type::SourceUpdatedActorType;

#[cfg(feature = "source-usages")]
mod source_usage;
#[cfg(feature = "source-usages")]
pub use source_usage::SourceUsage;

#[cfg(feature = "source-usages")]
mod source_usage_status;
#[cfg(feature = "source-usages")]
pub use source_usage_status::SourceUsageStatus;

#[cfg(feature = "source-usages")]
mod source_usage_status_status;
#[cfg(feature = "source-usages")]
pub use source_usage_status_status::SourceUsageStatusStatus;

#[cfg(feature = "sp-config")]
mod sp_config_export_job;
#[cfg(feature = "sp-config")]
pub use sp_config_export_job::SpConfigExportJob;

#[cfg(feature = "sp-config")]
mod sp_config_export_job_status;
#[cfg(feature = "sp-config")]
pub use sp_config_export_job_status::SpConfigExportJobStatus;

#[cfg(feature = "sp-config")]
mod sp_config_export_results;
#[cfg(feature = "sp-config")]
pub use sp_config_export_results::SpConfigExportResults;

#[cfg(feature = "sp-config")]
mod sp_config_import_job_status;
#[cfg(feature = "sp-config")]
pub use sp_config_import_job_status::SpConfigImportJobStatus;

#[cfg(feature = "sp-config")]
mod sp_config_import_results;
#[cfg(feature = "sp-config")]
pub use sp_config_import_results::SpConfigImportResults;

#[cfg(feature = "sp-config")]
mod sp_config_job;
#[cfg(feature = "sp-config")]
pub use sp_config_job::SpConfigJob;

#[cfg(feature = "sp-config")]
mod sp_config_job_status;
#[cfg(feature = "sp-config")]
pub use sp_config_job_status::SpConfigJobStatus;

#[cfg(feature = "sp-config")]
mod sp_config_job_type;
#[cfg(feature = "sp-config")]
pub use sp_config_job_type::SpConfigJobType;

#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
mod sp_config_message;
#[cfg(any(feature = "identity-profiles", feature = "sp-config"))]
pub use sp_config_message::SpConfigMessage;

#[cfg(feature = "sp-config")]
mod sp_config_object;
#[cfg(feature = "sp-config")]
pub use sp_config_object::SpConfigObject;

#[cfg(feature = "sp-config")]
mod sp_config_rule;
#[cfg(feature = "sp-config")]
pub use sp_config_rule::SpConfigRule;

#[cfg(feature = "sp-config")]
mod sp_config_rule_modes_inner;
#[cfg(feature = "sp-config")]
pub use sp_config_rule_modes_inner::SpConfigRuleModesInner;

#[cfg(feature = "sp-config")]
mod sp_config_rule_value;
#[cfg(feature = "sp-config")]
pub use sp_config_rule_value::SpConfigRuleValue;

#[cfg(feature = "sp-config")]
mod sp_config_rules;
#[cfg(feature = "sp-config")]
pub use sp_config_rules::SpConfigRules;

#[cfg(feature = "transforms")]
mod split;
#[cfg(feature = "transforms")]
pub use split::Split;

#[cfg(feature = "managed-clusters")]
mod standard_level;
#[cfg(feature = "managed-clusters")]
pub use standard_level::StandardLevel;

#[cfg(feature = "triggers")]
mod start_invocation_input;
#[cfg(feature = "triggers")]
pub use start_invocation_input::StartInvocationInput;

#[cfg(feature = "launchers")]
mod start_launcher200_response;
#[cfg(feature = "launchers")]
pub use start_launcher200_response::StartLauncher200Response;

#[cfg(feature = "sources")]
mod status_response;
#[cfg(feature = "sources")]
pub use status_response::StatusResponse;

#[cfg(feature = "sources")]
mod status_response_status;
#[cfg(feature = "sources")]
pub use status_response_status::StatusResponseStatus;

#[cfg(feature = "triggers")]
mod subscription;
#[cfg(feature = "triggers")]
pub use subscription::Subscription;

#[cfg(feature = "triggers")]
mod subscription_patch_request;
#[cfg(feature = "triggers")]
pub use subscription_patch_request::SubscriptionPatchRequest;

#[cfg(feature = "triggers")]
mod subscription_patch_request_inner;
#[cfg(feature = "triggers")]
pub use subscription_patch_request_inner::SubscriptionPatchRequestInner;

#[cfg(feature = "triggers")]
mod subscription_patch_request_inner_op;
#[cfg(feature = "triggers")]
pub use subscription_patch_request_inner_op::SubscriptionPatchRequestInnerOp;

#[cfg(feature = "triggers")]
mod subscription_patch_request_inner_value;
#[cfg(feature = "triggers")]
pub use subscription_patch_request_inner_value::SubscriptionPatchRequestInnerValue;

#[cfg(feature = "triggers")]
mod subscription_patch_request_inner_value_variant4_inner;
#[cfg(feature = "triggers")]
pub use subscription_patch_request_inner_value_variant4_inner::SubscriptionPatchRequestInnerValueVariant4Inner;

#[cfg(feature = "triggers")]
mod subscription_post_request;
#[cfg(feature = "triggers")]
pub use subscription_post_request::SubscriptionPostRequest;

#[cfg(feature = "triggers")]
mod subscription_put_request;
#[cfg(feature = "triggers")]
pub use subscription_put_request::SubscriptionPutRequest;

#[cfg(feature = "triggers")]
mod subscription_type;
#[cfg(feature = "triggers")]
pub use subscription_type::SubscriptionType;

#[cfg(feature = "transforms")]
mod substring;
#[cfg(feature = "transforms")]
pub use substring::Substring;

#[cfg(feature = "tags")]
mod tag;
#[cfg(feature = "tags")]
pub use tag::Tag;

#[cfg(feature = "tags")]
mod tag_tag_category_refs_inner;
#[cfg(feature = "tags")]
pub use tag_tag_category_refs_inner::TagTagCategoryRefsInner;

#[cfg(feature = "tags")]
mod tag_tag_category_refs_inner_type;
#[cfg(feature = "tags")]
pub use tag_tag_category_refs_inner_type::TagTagCategoryRefsInnerType;

#[cfg(feature = "tagged-objects")]
mod tagged_object;
#[cfg(feature = "tagged-objects")]
pub use tagged_object::TaggedObject;

#[cfg(feature = "tagged-objects")]
mod tagged_object_dto;
#[cfg(feature = "tagged-objects")]
pub use tagged_object_dto::TaggedObjectDto;

#[cfg(feature = "tagged-objects")]
mod tagged_object_dto_type;
#[cfg(feature = "tagged-objects")]
pub use tagged_object_dto_type::TaggedObjectDtoType;

#[cfg(feature = "tagged-objects")]
mod tagged_object_object_ref;
#[cfg(feature = "tagged-objects")]
pub use tagged_object_object_ref::TaggedObjectObjectRef;

#[cfg(feature = "tagged-objects")]
mod tagged_object_object_ref_type;
#[cfg(feature = "tagged-objects")]
pub use tagged_object_object_ref_type::TaggedObjectObjectRefType;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod target;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use target::Target;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod target_type;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use target_type::TargetType;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod task_definition_summary;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use task_definition_summary::TaskDefinitionSummary;

#[cfg(any(feature = "accounts", feature = "roles", feature = "sources"))]
mod task_result_dto;
#[cfg(any(feature = "accounts", feature = "roles", feature = "sources"))]
pub use task_result_dto::TaskResultDto;

#[cfg(any(feature = "accounts", feature = "roles", feature = "sources"))]
mod task_result_dto_type;
#[cfg(any(feature = "accounts", feature = "roles", feature = "sources"))]
pub use task_result_dto_type::TaskResultDtoType;

#[cfg(feature = "identities")]
mod task_result_response;
#[cfg(feature = "identities")]
pub use task_result_response::TaskResultResponse;

#[cfg(feature = "identity-profiles")]
mod task_result_simplified;
#[cfg(feature = "identity-profiles")]
pub use task_result_simplified::TaskResultSimplified;

#[cfg(feature = "identity-profiles")]
mod task_result_simplified_completion_status;
#[cfg(feature = "identity-profiles")]
pub use task_result_simplified_completion_status::TaskResultSimplifiedCompletionStatus;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod task_return_details;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use task_return_details::TaskReturnDetails;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod task_status;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use task_status::TaskStatus;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod task_status_completion_status;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use task_status_completion_status::TaskStatusCompletionStatus;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod task_status_message;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use task_status_message::TaskStatusMessage;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod task_status_message_parameters_inner;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use task_status_message_parameters_inner::TaskStatusMessageParametersInner;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod task_status_message_type;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use task_status_message_type::TaskStatusMessageType;

#[cfg(any(feature = "identities", feature = "task-management"))]
mod task_status_type;
#[cfg(any(feature = "identities", feature = "task-management"))]
pub use task_status_type::TaskStatusType;

#[cfg(feature = "notifications")]
mod template_bulk_delete_dto;
#[cfg(feature = "notifications")]
pub use template_bulk_delete_dto::TemplateBulkDeleteDto;

#[cfg(feature = "notifications")]
mod template_bulk_delete_dto_medium;
#[cfg(feature = "notifications")]
pub use template_bulk_delete_dto_medium::TemplateBulkDeleteDtoMedium;

#[cfg(feature = "notifications")]
mod template_dto;
#[cfg(feature = "notifications")]
pub use template_dto::TemplateDto;

#[cfg(feature = "notifications")]
mod template_dto_default;
#[cfg(feature = "notifications")]
pub use template_dto_default::TemplateDtoDefault;

#[cfg(feature = "notifications")]
mod template_dto_default_medium;
#[cfg(feature = "notifications")]
pub use template_dto_default_medium::TemplateDtoDefaultMedium;

#[cfg(feature = "notifications")]
mod template_dto_medium;
#[cfg(feature = "notifications")]
pub use template_dto_medium::TemplateDtoMedium;

#[cfg(feature = "notifications")]
mod template_slack;
#[cfg(feature = "notifications")]
pub use template_slack::TemplateSlack;

#[cfg(feature = "notifications")]
mod template_slack_auto_approval_data;
#[cfg(feature = "notifications")]
pub use template_slack_auto_approval_data::TemplateSlackAutoApprovalData;

#[cfg(feature = "notifications")]
mod template_slack_custom_fields;
#[cfg(feature = "notifications")]
pub use template_slack_custom_fields::TemplateSlackCustomFields;

#[cfg(feature = "notifications")]
mod template_teams;
#[cfg(feature = "notifications")]
pub use template_teams::TemplateTeams;

#[cfg(feature = "notifications")]
mod template_teams_auto_approval_data;
#[cfg(feature = "notifications")]
pub use template_teams_auto_approval_data::TemplateTeamsAutoApprovalData;

#[cfg(feature = "notifications")]
mod template_teams_custom_fields;
#[cfg(feature = "notifications")]
pub use template_teams_custom_fields::TemplateTeamsCustomFields;

#[cfg(feature = "tenant")]
mod tenant;
#[cfg(feature = "tenant")]
pub use tenant::Tenant;

#[cfg(feature = "work-reassignment")]
mod tenant_configuration_details;
#[cfg(feature = "work-reassignment")]
pub use tenant_configuration_details::TenantConfigurationDetails;

#[cfg(feature = "work-reassignment")]
mod tenant_configuration_request;
#[cfg(feature = "work-reassignment")]
pub use tenant_configuration_request::TenantConfigurationRequest;

#[cfg(feature = "work-reassignment")]
mod tenant_configuration_response;
#[cfg(feature = "work-reassignment")]
pub use tenant_configuration_response::TenantConfigurationResponse;

#[cfg(feature = "ui-metadata")]
mod tenant_ui_metadata_item_response;
#[cfg(feature = "ui-metadata")]
pub use tenant_ui_metadata_item_response::TenantUiMetadataItemResponse;

#[cfg(feature = "ui-metadata")]
mod tenant_ui_metadata_item_update_request;
#[cfg(feature = "ui-metadata")]
pub use tenant_ui_metadata_item_update_request::TenantUiMetadataItemUpdateRequest;

#[cfg(feature = "workflows")]
mod test_external_execute_workflow200_response;
#[cfg(feature = "workflows")]
pub use test_external_execute_workflow200_response::TestExternalExecuteWorkflow200Response;

#[cfg(feature = "workflows")]
mod test_external_execute_workflow_request;
#[cfg(feature = "workflows")]
pub use test_external_execute_workflow_request::TestExternalExecuteWorkflowRequest;

#[cfg(feature = "triggers")]
mod test_invocation;
#[cfg(feature = "triggers")]
pub use test_invocation::TestInvocation;

#[cfg(feature = "mfa-configuration")]
mod test_mfa_config_method;
#[cfg(feature = "mfa-configuration")]
pub use test_mfa_config_method::TestMfaConfigMethod;

#[cfg(feature = "multi-host-integration")]
mod test_source_connection_multihost200_response;
#[cfg(feature = "multi-host-integration")]
pub use test_source_connection_multihost200_response::TestSourceConnectionMultihost200Response;

#[cfg(feature = "multi-host-integration")]
mod test_source_connection_multihost200_response_result_type;
#[cfg(feature = "multi-host-integration")]
pub use test_source_connection_multihost200_response_result_type::TestSourceConnectionMultihost200ResponseResultType;

#[cfg(feature = "workflows")]
mod test_workflow200_response;
#[cfg(feature = "workflows")]
pub use test_workflow200_response::TestWorkflow200Response;

#[cfg(feature = "workflows")]
mod test_workflow_request;
#[cfg(feature = "workflows")]
pub use test_workflow_request::TestWorkflowRequest;

#[cfg(feature = "mfa-controller")]
mod token_auth_request;
#[cfg(feature = "mfa-controller")]
pub use token_auth_request::TokenAuthRequest;

#[cfg(feature = "mfa-controller")]
mod token_auth_request_delivery_type;
#[cfg(feature = "mfa-controller")]
pub use token_auth_request_delivery_type::TokenAuthRequestDeliveryType;

#[cfg(feature = "mfa-controller")]
mod token_auth_response;
#[cfg(feature = "mfa-controller")]
pub use token_auth_response::TokenAuthResponse;

#[cfg(feature = "mfa-controller")]
mod token_auth_response_status;
#[cfg(feature = "mfa-controller")]
pub use token_auth_response_status::TokenAuthResponseStatus;

#[cfg(feature = "transforms")]
mod transform;
#[cfg(feature = "transforms")]
pub use transform::Transform;

#[cfg(feature = "transforms")]
mod transform_attributes;
#[cfg(feature = "transforms")]
pub use transform_attributes::TransformAttributes;

#[cfg(feature = "identity-profiles")]
mod transform_definition;
#[cfg(feature = "identity-profiles")]
pub use transform_definition::TransformDefinition;

#[cfg(feature = "transforms")]
mod transform_read;
#[cfg(feature = "transforms")]
pub use transform_read::TransformRead;

#[cfg(feature = "transforms")]
mod transform_rule;
#[cfg(feature = "transforms")]
pub use transform_rule::TransformRule;

#[cfg(feature = "transforms")]
mod transform_type;
#[cfg(feature = "transforms")]
pub use transform_type::TransformType;

#[cfg(feature = "transforms")]
mod transforms_identity_attribute;
#[cfg(feature = "transforms")]
pub use transforms_identity_attribute::TransformsIdentityAttribute;

#[cfg(
    any(
        feature = "iai-access-request-recommendations",
        feature = "iai-outliers",
        feature = "iai-recommendations"
    )
)]
mod translation_message;
#[cfg(
    any(
        feature = "iai-access-request-recommendations",
        feature = "iai-outliers",
        feature = "iai-recommendations"
    )
)]
pub use translation_message::TranslationMessage;

#[cfg(feature = "triggers")]
mod trigger;
#[cfg(feature = "triggers")]
pub use trigger::Trigger;

#[cfg(feature = "triggers")]
mod trigger_example_input;
#[cfg(feature = "triggers")]
pub use trigger_example_input::TriggerExampleInput;

#[cfg(feature = "triggers")]
mod trigger_example_output;
#[cfg(feature = "triggers")]
pub use trigger_example_output::TriggerExampleOutput;

#[cfg(feature = "triggers")]
mod trigger_type;
#[cfg(feature = "triggers")]
pub use trigger_type::TriggerType;

#[cfg(feature = "transforms")]
mod trim;
#[cfg(feature = "transforms")]
pub use trim::Trim;

#[cfg(feature = "multi-host-integration")]
mod update_multi_host_sources_request_inner;
#[cfg(feature = "multi-host-integration")]
pub use update_multi_host_sources_request_inner::UpdateMultiHostSourcesRequestInner;

#[cfg(feature = "multi-host-integration")]
mod update_multi_host_sources_request_inner_op;
#[cfg(feature = "multi-host-integration")]
pub use update_multi_host_sources_request_inner_op::UpdateMultiHostSourcesRequestInnerOp;

#[cfg(feature = "multi-host-integration")]
mod update_multi_host_sources_request_inner_value;
#[cfg(feature = "multi-host-integration")]
pub use update_multi_host_sources_request_inner_value::UpdateMultiHostSourcesRequestInnerValue;

#[cfg(feature = "multi-host-integration")]
mod update_multi_host_sources_request_inner_value_array_inner;
#[cfg(feature = "multi-host-integration")]
pub use update_multi_host_sources_request_inner_value_array_inner::UpdateMultiHostSourcesRequestInnerValueArrayInner;

#[cfg(feature = "transforms")]
mod upper;
#[cfg(feature = "transforms")]
pub use upper::Upper;

#[cfg(feature = "sources")]
mod usage_type;
#[cfg(feature = "sources")]
pub use usage_type::UsageType;

#[cfg(feature = "apps")]
mod user_app;
#[cfg(feature = "apps")]
pub use user_app::UserApp;

#[cfg(feature = "apps")]
mod user_app_account;
#[cfg(feature = "apps")]
pub use user_app_account::UserAppAccount;

#[cfg(feature = "apps")]
mod user_app_owner;
#[cfg(feature = "apps")]
pub use user_app_owner::UserAppOwner;

#[cfg(feature = "apps")]
mod user_app_source;
#[cfg(feature = "apps")]
pub use user_app_source::UserAppSource;

#[cfg(feature = "apps")]
mod user_app_source_app;
#[cfg(feature = "apps")]
pub use user_app_source_app::UserAppSourceApp;

#[cfg(feature = "transforms")]
mod uuid_generator;
#[cfg(feature = "transforms")]
pub use uuid_generator::UuidGenerator;

#[cfg(feature = "access-requests")]
mod v2024_comment_dto;
#[cfg(feature = "access-requests")]
pub use v2024_comment_dto::V2024CommentDto;

#[cfg(feature = "access-requests")]
mod v2024_comment_dto_author;
#[cfg(feature = "access-requests")]
pub use v2024_comment_dto_author::V2024CommentDtoAuthor;

#[cfg(feature = "access-requests")]
mod v2024_comment_dto_author_type;
#[cfg(feature = "access-requests")]
pub use v2024_comment_dto_author_type::V2024CommentDtoAuthorType;

#[cfg(feature = "access-requests")]
mod v2024_error401_response;
#[cfg(feature = "access-requests")]
pub use v2024_error401_response::V2024Error401Response;

#[cfg(feature = "access-requests")]
mod v2024_error429_response;
#[cfg(feature = "access-requests")]
pub use v2024_error429_response::V2024Error429Response;

#[cfg(feature = "access-requests")]
mod v2024_sod_exempt_criteria;
#[cfg(feature = "access-requests")]
pub use v2024_sod_exempt_criteria::V2024SodExemptCriteria;

#[cfg(feature = "access-requests")]
mod v2024_sod_policy_dto;
#[cfg(feature = "access-requests")]
pub use v2024_sod_policy_dto::V2024SodPolicyDto;

#[cfg(feature = "access-requests")]
mod v2024_sod_policy_dto_type;
#[cfg(feature = "access-requests")]
pub use v2024_sod_policy_dto_type::V2024SodPolicyDtoType;

#[cfg(feature = "access-requests")]
mod v2024_sod_violation_check_result;
#[cfg(feature = "access-requests")]
pub use v2024_sod_violation_check_result::V2024SodViolationCheckResult;

#[cfg(feature = "access-requests")]
mod v2024_sod_violation_context;
#[cfg(feature = "access-requests")]
pub use v2024_sod_violation_context::V2024SodViolationContext;

#[cfg(feature = "access-requests")]
mod v2024_sod_violation_context_check_completed;
#[cfg(feature = "access-requests")]
pub use v2024_sod_violation_context_check_completed::V2024SodViolationContextCheckCompleted;

#[cfg(feature = "access-requests")]
mod v2024_sod_violation_context_check_completed_state;
#[cfg(feature = "access-requests")]
pub use v2024_sod_violation_context_check_completed_state::V2024SodViolationContextCheckCompletedState;

#[cfg(feature = "access-requests")]
mod v2024_sod_violation_context_conflicting_access_criteria;
#[cfg(feature = "access-requests")]
pub use v2024_sod_violation_context_conflicting_access_criteria::V2024SodViolationContextConflictingAccessCriteria;

#[cfg(feature = "access-requests")]
mod v2024_sod_violation_context_conflicting_access_criteria_left_criteria;
#[cfg(feature = "access-requests")]
pub use v2024_sod_violation_context_conflicting_access_criteria_left_criteria::V2024SodViolationContextConflictingAccessCriteriaLeftCriteria;

#[cfg(feature = "access-requests")]
mod v2024_sod_violation_context_conflicting_access_criteria_right_criteria;
#[cfg(feature = "access-requests")]
pub use v2024_sod_violation_context_conflicting_access_criteria_right_criteria::V2024SodViolationContextConflictingAccessCriteriaRightCriteria;

#[cfg(feature = "access-requests")]
mod v3_access_item_requester;
#[cfg(feature = "access-requests")]
pub use v3_access_item_requester::V3AccessItemRequester;

#[cfg(feature = "access-requests")]
mod v3_access_item_requester_type;
#[cfg(feature = "access-requests")]
pub use v3_access_item_requester_type::V3AccessItemRequesterType;

#[cfg(feature = "access-requests")]
mod v3_access_item_reviewed_by;
#[cfg(feature = "access-requests")]
pub use v3_access_item_reviewed_by::V3AccessItemReviewedBy;

#[cfg(feature = "access-requests")]
mod v3_access_item_reviewed_by_type;
#[cfg(feature = "access-requests")]
pub use v3_access_item_reviewed_by_type::V3AccessItemReviewedByType;

#[cfg(feature = "access-requests")]
mod v3_access_request_phases;
#[cfg(feature = "access-requests")]
pub use v3_access_request_phases::V3AccessRequestPhases;

#[cfg(feature = "access-requests")]
mod v3_access_request_phases_result;
#[cfg(feature = "access-requests")]
pub use v3_access_request_phases_result::V3AccessRequestPhasesResult;

#[cfg(feature = "access-requests")]
mod v3_access_request_phases_state;
#[cfg(feature = "access-requests")]
pub use v3_access_request_phases_state::V3AccessRequestPhasesState;

#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
mod v3_access_request_type;
#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
pub use v3_access_request_type::V3AccessRequestType;

#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
mod v3_approval_forward_history;
#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
pub use v3_approval_forward_history::V3ApprovalForwardHistory;

#[cfg(feature = "access-requests")]
mod v3_approval_scheme;
#[cfg(feature = "access-requests")]
pub use v3_approval_scheme::V3ApprovalScheme;

#[cfg(feature = "access-requests")]
mod v3_approval_status_dto;
#[cfg(feature = "access-requests")]
pub use v3_approval_status_dto::V3ApprovalStatusDto;

#[cfg(feature = "access-requests")]
mod v3_approval_status_dto_original_owner;
#[cfg(feature = "access-requests")]
pub use v3_approval_status_dto_original_owner::V3ApprovalStatusDtoOriginalOwner;

#[cfg(feature = "access-requests")]
mod v3_approval_status_dto_original_owner_type;
#[cfg(feature = "access-requests")]
pub use v3_approval_status_dto_original_owner_type::V3ApprovalStatusDtoOriginalOwnerType;

#[cfg(feature = "unreferenced-schemas")]
mod v3_base_common_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use v3_base_common_dto::V3BaseCommonDto;

#[cfg(any(feature = "accounts", feature = "apps"))]
mod v3_base_reference_dto;
#[cfg(any(feature = "accounts", feature = "apps"))]
pub use v3_base_reference_dto::V3BaseReferenceDto;

#[cfg(feature = "access-requests")]
mod v3_cancelled_request_details;
#[cfg(feature = "access-requests")]
pub use v3_cancelled_request_details::V3CancelledRequestDetails;

#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
mod v3_comment_dto;
#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
pub use v3_comment_dto::V3CommentDto;

#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
mod v3_comment_dto_author;
#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
pub use v3_comment_dto_author::V3CommentDtoAuthor;

#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
mod v3_comment_dto_author_type;
#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
pub use v3_comment_dto_author_type::V3CommentDtoAuthorType;

#[cfg(feature = "connectors")]
mod v3_connector_dto;
#[cfg(feature = "connectors")]
pub use v3_connector_dto::V3ConnectorDto;

#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "accounts",
        feature = "apps",
        feature = "non-employee-lifecycle-management",
        feature = "public-identities-config",
        feature = "roles",
        feature = "sim-integrations",
        feature = "unreferenced-schemas"
    )
)]
mod v3_dto_type;
#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "accounts",
        feature = "apps",
        feature = "non-employee-lifecycle-management",
        feature = "public-identities-config",
        feature = "roles",
        feature = "sim-integrations",
        feature = "unreferenced-schemas"
    )
)]
pub use v3_dto_type::V3DtoType;

#[cfg(feature = "access-requests")]
mod v3_entitlement_request_config;
#[cfg(feature = "access-requests")]
pub use v3_entitlement_request_config::V3EntitlementRequestConfig;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
mod v3_error_message_dto;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub use v3_error_message_dto::V3ErrorMessageDto;

#[cfg(
    any(
        feature = "access-requests",
        feature = "certification-campaigns",
        feature = "identity-profiles"
    )
)]
mod v3_error_message_dto_list;
#[cfg(
    any(
        feature = "access-requests",
        feature = "certification-campaigns",
        feature = "identity-profiles"
    )
)]
pub use v3_error_message_dto_list::V3ErrorMessageDtoList;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
mod v3_error_response_dto;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub use v3_error_response_dto::V3ErrorResponseDto;

#[cfg(feature = "identity-profiles")]
mod v3_identity_attribute_config;
#[cfg(feature = "identity-profiles")]
pub use v3_identity_attribute_config::V3IdentityAttributeConfig;

#[cfg(feature = "identity-profiles")]
mod v3_identity_attribute_transform;
#[cfg(feature = "identity-profiles")]
pub use v3_identity_attribute_transform::V3IdentityAttributeTransform;

#[cfg(feature = "identity-profiles")]
mod v3_identity_exception_report_reference;
#[cfg(feature = "identity-profiles")]
pub use v3_identity_exception_report_reference::V3IdentityExceptionReportReference;

#[cfg(feature = "identity-profiles")]
mod v3_identity_profile;
#[cfg(feature = "identity-profiles")]
pub use v3_identity_profile::V3IdentityProfile;

#[cfg(feature = "identity-profiles")]
mod v3_identity_profile_authoritative_source;
#[cfg(feature = "identity-profiles")]
pub use v3_identity_profile_authoritative_source::V3IdentityProfileAuthoritativeSource;

#[cfg(feature = "identity-profiles")]
mod v3_identity_profile_authoritative_source_type;
#[cfg(feature = "identity-profiles")]
pub use v3_identity_profile_authoritative_source_type::V3IdentityProfileAuthoritativeSourceType;

#[cfg(feature = "identity-profiles")]
mod v3_identity_profile_owner;
#[cfg(feature = "identity-profiles")]
pub use v3_identity_profile_owner::V3IdentityProfileOwner;

#[cfg(feature = "identity-profiles")]
mod v3_identity_profile_owner_type;
#[cfg(feature = "identity-profiles")]
pub use v3_identity_profile_owner_type::V3IdentityProfileOwnerType;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
mod v3_json_patch_operation;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
pub use v3_json_patch_operation::V3JsonPatchOperation;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
mod v3_json_patch_operation_op;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
pub use v3_json_patch_operation_op::V3JsonPatchOperationOp;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
mod v3_json_patch_operation_value;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
pub use v3_json_patch_operation_value::V3JsonPatchOperationValue;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
mod v3_json_patch_operation_value_array_inner;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
pub use v3_json_patch_operation_value_array_inner::V3JsonPatchOperationValueArrayInner;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
mod v3_locale_origin;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-usages",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "auth-profile",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "entitlements",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-message-catalogs",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "managed-clients",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "mfa-controller",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "public-identities-config",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sod-violations",
        feature = "source-usages",
        feature = "sources",
        feature = "sp-config",
        feature = "suggested-entitlement-description",
        feature = "tagged-objects",
        feature = "tags",
        feature = "task-management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub use v3_locale_origin::V3LocaleOrigin;

#[cfg(feature = "access-requests")]
mod v3_manual_work_item_details;
#[cfg(feature = "access-requests")]
pub use v3_manual_work_item_details::V3ManualWorkItemDetails;

#[cfg(feature = "access-requests")]
mod v3_manual_work_item_details_current_owner;
#[cfg(feature = "access-requests")]
pub use v3_manual_work_item_details_current_owner::V3ManualWorkItemDetailsCurrentOwner;

#[cfg(feature = "access-requests")]
mod v3_manual_work_item_details_current_owner_type;
#[cfg(feature = "access-requests")]
pub use v3_manual_work_item_details_current_owner_type::V3ManualWorkItemDetailsCurrentOwnerType;

#[cfg(feature = "access-requests")]
mod v3_manual_work_item_details_original_owner;
#[cfg(feature = "access-requests")]
pub use v3_manual_work_item_details_original_owner::V3ManualWorkItemDetailsOriginalOwner;

#[cfg(feature = "access-requests")]
mod v3_manual_work_item_details_original_owner_type;
#[cfg(feature = "access-requests")]
pub use v3_manual_work_item_details_original_owner_type::V3ManualWorkItemDetailsOriginalOwnerType;

#[cfg(feature = "access-requests")]
mod v3_manual_work_item_state;
#[cfg(feature = "access-requests")]
pub use v3_manual_work_item_state::V3ManualWorkItemState;

#[cfg(
    any(
        feature = "access-requests",
        feature = "service-desk-integration",
        feature = "sim-integrations"
    )
)]
mod v3_owner_dto;
#[cfg(
    any(
        feature = "access-requests",
        feature = "service-desk-integration",
        feature = "sim-integrations"
    )
)]
pub use v3_owner_dto::V3OwnerDto;

#[cfg(
    any(
        feature = "access-requests",
        feature = "governance-groups",
        feature = "service-desk-integration",
        feature = "sim-integrations"
    )
)]
mod v3_owner_dto_type;
#[cfg(
    any(
        feature = "access-requests",
        feature = "governance-groups",
        feature = "service-desk-integration",
        feature = "sim-integrations"
    )
)]
pub use v3_owner_dto_type::V3OwnerDtoType;

#[cfg(feature = "access-requests")]
mod v3_pre_approval_trigger_details;
#[cfg(feature = "access-requests")]
pub use v3_pre_approval_trigger_details::V3PreApprovalTriggerDetails;

#[cfg(feature = "access-requests")]
mod v3_pre_approval_trigger_details_decision;
#[cfg(feature = "access-requests")]
pub use v3_pre_approval_trigger_details_decision::V3PreApprovalTriggerDetailsDecision;

#[cfg(feature = "access-requests")]
mod v3_provisioning_details;
#[cfg(feature = "access-requests")]
pub use v3_provisioning_details::V3ProvisioningDetails;

#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
mod v3_reassignment_type;
#[cfg(any(feature = "access-request-approvals", feature = "access-requests"))]
pub use v3_reassignment_type::V3ReassignmentType;

#[cfg(feature = "access-requests")]
mod v3_requested_item_status_request_state;
#[cfg(feature = "access-requests")]
pub use v3_requested_item_status_request_state::V3RequestedItemStatusRequestState;

#[cfg(feature = "access-requests")]
mod v3_sod_exempt_criteria;
#[cfg(feature = "access-requests")]
pub use v3_sod_exempt_criteria::V3SodExemptCriteria;

#[cfg(feature = "access-requests")]
mod v3_sod_policy_dto;
#[cfg(feature = "access-requests")]
pub use v3_sod_policy_dto::V3SodPolicyDto;

#[cfg(feature = "access-requests")]
mod v3_sod_policy_dto_type;
#[cfg(feature = "access-requests")]
pub use v3_sod_policy_dto_type::V3SodPolicyDtoType;

#[cfg(feature = "access-requests")]
mod v3_sod_violation_check_result;
#[cfg(feature = "access-requests")]
pub use v3_sod_violation_check_result::V3SodViolationCheckResult;

#[cfg(feature = "access-requests")]
mod v3_sod_violation_context;
#[cfg(feature = "access-requests")]
pub use v3_sod_violation_context::V3SodViolationContext;

#[cfg(feature = "access-requests")]
mod v3_sod_violation_context_check_completed;
#[cfg(feature = "access-requests")]
pub use v3_sod_violation_context_check_completed::V3SodViolationContextCheckCompleted;

#[cfg(feature = "access-requests")]
mod v3_sod_violation_context_check_completed_state;
#[cfg(feature = "access-requests")]
pub use v3_sod_violation_context_check_completed_state::V3SodViolationContextCheckCompletedState;

#[cfg(feature = "access-requests")]
mod v3_sod_violation_context_conflicting_access_criteria;
#[cfg(feature = "access-requests")]
pub use v3_sod_violation_context_conflicting_access_criteria::V3SodViolationContextConflictingAccessCriteria;

#[cfg(feature = "access-requests")]
mod v3_sod_violation_context_conflicting_access_criteria_left_criteria;
#[cfg(feature = "access-requests")]
pub use v3_sod_violation_context_conflicting_access_criteria_left_criteria::V3SodViolationContextConflictingAccessCriteriaLeftCriteria;

#[cfg(feature = "access-requests")]
mod v3_sod_violation_context_conflicting_access_criteria_right_criteria;
#[cfg(feature = "access-requests")]
pub use v3_sod_violation_context_conflicting_access_criteria_right_criteria::V3SodViolationContextConflictingAccessCriteriaRightCriteria;

#[cfg(feature = "identity-profiles")]
mod v3_transform_definition;
#[cfg(feature = "identity-profiles")]
pub use v3_transform_definition::V3TransformDefinition;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod va_cluster_status_change_event;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use va_cluster_status_change_event::VaClusterStatusChangeEvent;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod va_cluster_status_change_event_application;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use va_cluster_status_change_event_application::VaClusterStatusChangeEventApplication;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod va_cluster_status_change_event_health_check_result;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use va_cluster_status_change_event_health_check_result::VaClusterStatusChangeEventHealthCheckResult;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod va_cluster_status_change_event_health_check_result_status;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use va_cluster_status_change_event_health_check_result_status::VaClusterStatusChangeEventHealthCheckResultStatus;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod va_cluster_status_change_event_previous_health_check_result;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use va_cluster_status_change_event_previous_health_check_result::VaClusterStatusChangeEventPreviousHealthCheckResult;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod va_cluster_status_change_event_previous_health_check_result_status;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use va_cluster_status_change_event_previous_health_check_result_status::VaClusterStatusChangeEventPreviousHealthCheckResultStatus;

#[cfg(any(feature = "triggers", feature = "webhooks"))]
mod va_cluster_status_change_event_type;
#[cfg(any(feature = "triggers", feature = "webhooks"))]
pub use va_cluster_status_change_event_type::VaClusterStatusChangeEventType;

#[cfg(feature = "triggers")]
mod validate_filter_input_dto;
#[cfg(feature = "triggers")]
pub use validate_filter_input_dto::ValidateFilterInputDto;

#[cfg(feature = "triggers")]
mod validate_filter_output_dto;
#[cfg(feature = "triggers")]
pub use validate_filter_output_dto::ValidateFilterOutputDto;

#[cfg(feature = "segments")]
mod value;
#[cfg(feature = "segments")]
pub use value::Value;

#[cfg(feature = "mfa-controller")]
mod verification_poll_request;
#[cfg(feature = "mfa-controller")]
pub use verification_poll_request::VerificationPollRequest;

#[cfg(feature = "mfa-controller")]
mod verification_response;
#[cfg(feature = "mfa-controller")]
pub use verification_response::VerificationResponse;

#[cfg(feature = "mfa-controller")]
mod verification_response_status;
#[cfg(feature = "mfa-controller")]
pub use verification_response_status::VerificationResponseStatus;

#[cfg(feature = "sod-violations")]
mod violation_context;
#[cfg(feature = "sod-violations")]
pub use violation_context::ViolationContext;

#[cfg(feature = "sod-violations")]
mod violation_context_policy;
#[cfg(feature = "sod-violations")]
pub use violation_context_policy::ViolationContextPolicy;

#[cfg(feature = "sod-violations")]
mod violation_context_policy_type;
#[cfg(feature = "sod-violations")]
pub use violation_context_policy_type::ViolationContextPolicyType;

#[cfg(feature = "sod-policies")]
mod violation_owner_assignment_config;
#[cfg(feature = "sod-policies")]
pub use violation_owner_assignment_config::ViolationOwnerAssignmentConfig;

#[cfg(feature = "sod-policies")]
mod violation_owner_assignment_config_assignment_rule;
#[cfg(feature = "sod-policies")]
pub use violation_owner_assignment_config_assignment_rule::ViolationOwnerAssignmentConfigAssignmentRule;

#[cfg(feature = "sod-policies")]
mod violation_owner_assignment_config_owner_ref;
#[cfg(feature = "sod-policies")]
pub use violation_owner_assignment_config_owner_ref::ViolationOwnerAssignmentConfigOwnerRef;

#[cfg(feature = "sod-policies")]
mod violation_owner_assignment_config_owner_ref_type;
#[cfg(feature = "sod-policies")]
pub use violation_owner_assignment_config_owner_ref_type::ViolationOwnerAssignmentConfigOwnerRefType;

#[cfg(feature = "sod-violations")]
mod violation_prediction;
#[cfg(feature = "sod-violations")]
pub use violation_prediction::ViolationPrediction;

#[cfg(feature = "segments")]
mod visibility_criteria;
#[cfg(feature = "segments")]
pub use visibility_criteria::VisibilityCriteria;

#[cfg(feature = "work-items")]
mod work_item_forward;
#[cfg(feature = "work-items")]
pub use work_item_forward::WorkItemForward;

#[cfg(feature = "work-items")]
mod work_item_state;
#[cfg(feature = "work-items")]
pub use work_item_state::WorkItemState;

#[cfg(feature = "work-items")]
mod work_item_type;
#[cfg(feature = "work-items")]
pub use work_item_type::WorkItemType;

#[cfg(feature = "work-items")]
mod work_items;
#[cfg(feature = "work-items")]
pub use work_items::WorkItems;

#[cfg(feature = "work-items")]
mod work_items_count;
#[cfg(feature = "work-items")]
pub use work_items_count::WorkItemsCount;

#[cfg(feature = "work-items")]
mod work_items_summary;
#[cfg(feature = "work-items")]
pub use work_items_summary::WorkItemsSummary;

#[cfg(feature = "work-reassignment")]
mod work_reassignment_identity;
#[cfg(feature = "work-reassignment")]
pub use work_reassignment_identity::WorkReassignmentIdentity;

#[cfg(feature = "workflows")]
mod workflow;
#[cfg(feature = "workflows")]
pub use workflow::Workflow;

#[cfg(feature = "workflows")]
mod workflow_body;
#[cfg(feature = "workflows")]
pub use workflow_body::WorkflowBody;

#[cfg(feature = "workflows")]
mod workflow_body_owner;
#[cfg(feature = "workflows")]
pub use workflow_body_owner::WorkflowBodyOwner;

#[cfg(feature = "workflows")]
mod workflow_body_owner_type;
#[cfg(feature = "workflows")]
pub use workflow_body_owner_type::WorkflowBodyOwnerType;

#[cfg(feature = "workflows")]
mod workflow_creator;
#[cfg(feature = "workflows")]
pub use workflow_creator::WorkflowCreator;

#[cfg(feature = "workflows")]
mod workflow_creator_type;
#[cfg(feature = "workflows")]
pub use workflow_creator_type::WorkflowCreatorType;

#[cfg(feature = "workflows")]
mod workflow_definition;
#[cfg(feature = "workflows")]
pub use workflow_definition::WorkflowDefinition;

#[cfg(feature = "workflows")]
mod workflow_execution;
#[cfg(feature = "workflows")]
pub use workflow_execution::WorkflowExecution;

#[cfg(feature = "workflows")]
mod workflow_execution_event;
#[cfg(feature = "workflows")]
pub use workflow_execution_event::WorkflowExecutionEvent;

#[cfg(feature = "workflows")]
mod workflow_execution_event_type;
#[cfg(feature = "workflows")]
pub use workflow_execution_event_type::WorkflowExecutionEventType;

#[cfg(feature = "workflows")]
mod workflow_execution_status;
#[cfg(feature = "workflows")]
pub use workflow_execution_status::WorkflowExecutionStatus;

#[cfg(feature = "workflows")]
mod workflow_library_action;
#[cfg(feature = "workflows")]
pub use workflow_library_action::WorkflowLibraryAction;

#[cfg(feature = "workflows")]
mod workflow_library_action_example_output;
#[cfg(feature = "workflows")]
pub use workflow_library_action_example_output::WorkflowLibraryActionExampleOutput;

#[cfg(feature = "workflows")]
mod workflow_library_form_fields;
#[cfg(feature = "workflows")]
pub use workflow_library_form_fields::WorkflowLibraryFormFields;

#[cfg(feature = "workflows")]
mod workflow_library_form_fields_type;
#[cfg(feature = "workflows")]
pub use workflow_library_form_fields_type::WorkflowLibraryFormFieldsType;

#[cfg(feature = "workflows")]
mod workflow_library_operator;
#[cfg(feature = "workflows")]
pub use workflow_library_operator::WorkflowLibraryOperator;

#[cfg(feature = "workflows")]
mod workflow_library_trigger;
#[cfg(feature = "workflows")]
pub use workflow_library_trigger::WorkflowLibraryTrigger;

#[cfg(feature = "workflows")]
mod workflow_library_trigger_type;
#[cfg(feature = "workflows")]
pub use workflow_library_trigger_type::WorkflowLibraryTriggerType;

#[cfg(feature = "workflows")]
mod workflow_modified_by;
#[cfg(feature = "workflows")]
pub use workflow_modified_by::WorkflowModifiedBy;

#[cfg(feature = "workflows")]
mod workflow_modified_by_type;
#[cfg(feature = "workflows")]
pub use workflow_modified_by_type::WorkflowModifiedByType;

#[cfg(feature = "workflows")]
mod workflow_o_auth_client;
#[cfg(feature = "workflows")]
pub use workflow_o_auth_client::WorkflowOAuthClient;

#[cfg(feature = "workflows")]
mod workflow_trigger;
#[cfg(feature = "workflows")]
pub use workflow_trigger::WorkflowTrigger;

#[cfg(feature = "workflows")]
mod workflow_trigger_attributes;
#[cfg(feature = "workflows")]
pub use workflow_trigger_attributes::WorkflowTriggerAttributes;

#[cfg(feature = "workflows")]
mod workflow_trigger_type;
#[cfg(feature = "workflows")]
pub use workflow_trigger_type::WorkflowTriggerType;

#[cfg(feature = "governance-groups")]
mod workgroup_bulk_delete_request;
#[cfg(feature = "governance-groups")]
pub use workgroup_bulk_delete_request::WorkgroupBulkDeleteRequest;

#[cfg(feature = "governance-groups")]
mod workgroup_bulk_delete_response;
#[cfg(feature = "governance-groups")]
pub use workgroup_bulk_delete_response::WorkgroupBulkDeleteResponse;

#[cfg(feature = "governance-groups")]
mod workgroup_connection_dto;
#[cfg(feature = "governance-groups")]
pub use workgroup_connection_dto::WorkgroupConnectionDto;

#[cfg(feature = "governance-groups")]
mod workgroup_connection_dto_connection_type;
#[cfg(feature = "governance-groups")]
pub use workgroup_connection_dto_connection_type::WorkgroupConnectionDtoConnectionType;

#[cfg(feature = "governance-groups")]
mod workgroup_delete_item;
#[cfg(feature = "governance-groups")]
pub use workgroup_delete_item::WorkgroupDeleteItem;

#[cfg(feature = "governance-groups")]
mod workgroup_dto;
#[cfg(feature = "governance-groups")]
pub use workgroup_dto::WorkgroupDto;

#[cfg(feature = "governance-groups")]
mod workgroup_dto_owner;
#[cfg(feature = "governance-groups")]
pub use workgroup_dto_owner::WorkgroupDtoOwner;

#[cfg(feature = "governance-groups")]
mod workgroup_member_add_item;
#[cfg(feature = "governance-groups")]
pub use workgroup_member_add_item::WorkgroupMemberAddItem;

#[cfg(feature = "governance-groups")]
mod workgroup_member_bulk_add_response;
#[cfg(feature = "governance-groups")]
pub use workgroup_member_bulk_add_response::WorkgroupMemberBulkAddResponse;

#[cfg(feature = "governance-groups")]
mod workgroup_member_bulk_delete_response;
#[cfg(feature = "governance-groups")]
pub use workgroup_member_bulk_delete_response::WorkgroupMemberBulkDeleteResponse;

#[cfg(feature = "governance-groups")]
mod workgroup_member_delete_item;
#[cfg(feature = "governance-groups")]
pub use workgroup_member_delete_item::WorkgroupMemberDeleteItem;
