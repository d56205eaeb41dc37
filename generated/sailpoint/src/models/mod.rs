//! The data types of requests and responses, one module per type.

#[cfg(feature = "unreferenced-schemas")]
mod access;
#[cfg(feature = "unreferenced-schemas")]
pub use access::Access;

#[cfg(feature = "access-requests")]
mod access_requests_accessitemrequester;
#[cfg(feature = "access-requests")]
pub use access_requests_accessitemrequester::AccessRequestsAccessitemrequester;

#[cfg(feature = "access-requests")]
mod access_requests_accessitemrequester_type;
#[cfg(feature = "access-requests")]
pub use access_requests_accessitemrequester_type::AccessRequestsAccessitemrequesterType;

#[cfg(feature = "access-requests")]
mod access_requests_accessitemreviewedby;
#[cfg(feature = "access-requests")]
pub use access_requests_accessitemreviewedby::AccessRequestsAccessitemreviewedby;

#[cfg(feature = "access-requests")]
mod access_requests_accessitemreviewedby_type;
#[cfg(feature = "access-requests")]
pub use access_requests_accessitemreviewedby_type::AccessRequestsAccessitemreviewedbyType;

#[cfg(feature = "access-requests")]
mod access_requests_accessrequesttype;
#[cfg(feature = "access-requests")]
pub use access_requests_accessrequesttype::AccessRequestsAccessrequesttype;

#[cfg(feature = "access-requests")]
mod access_requests_approvalforwardhistory;
#[cfg(feature = "access-requests")]
pub use access_requests_approvalforwardhistory::AccessRequestsApprovalforwardhistory;

#[cfg(feature = "access-requests")]
mod access_requests_commentdto;
#[cfg(feature = "access-requests")]
pub use access_requests_commentdto::AccessRequestsCommentdto;

#[cfg(feature = "access-requests")]
mod access_requests_commentdto_author;
#[cfg(feature = "access-requests")]
pub use access_requests_commentdto_author::AccessRequestsCommentdtoAuthor;

#[cfg(feature = "access-requests")]
mod access_requests_commentdto_author_type;
#[cfg(feature = "access-requests")]
pub use access_requests_commentdto_author_type::AccessRequestsCommentdtoAuthorType;

#[cfg(feature = "access-requests")]
mod access_requests_entitlementstatesnapshotjitdetail;
#[cfg(feature = "access-requests")]
pub use access_requests_entitlementstatesnapshotjitdetail::AccessRequestsEntitlementstatesnapshotjitdetail;

#[cfg(feature = "access-requests")]
mod access_requests_reassignmenttype;
#[cfg(feature = "access-requests")]
pub use access_requests_reassignmenttype::AccessRequestsReassignmenttype;

#[cfg(feature = "access-requests")]
mod access_requests_requestedaccountref;
#[cfg(feature = "access-requests")]
pub use access_requests_requestedaccountref::AccessRequestsRequestedaccountref;

#[cfg(feature = "access-requests")]
mod access_requests_sodexemptcriteria;
#[cfg(feature = "access-requests")]
pub use access_requests_sodexemptcriteria::AccessRequestsSodexemptcriteria;

#[cfg(feature = "access-requests")]
mod access_requests_sodpolicydto;
#[cfg(feature = "access-requests")]
pub use access_requests_sodpolicydto::AccessRequestsSodpolicydto;

#[cfg(feature = "access-requests")]
mod access_requests_sodpolicydto_type;
#[cfg(feature = "access-requests")]
pub use access_requests_sodpolicydto_type::AccessRequestsSodpolicydtoType;

#[cfg(feature = "access-requests")]
mod access_requests_sodviolationcheckresult;
#[cfg(feature = "access-requests")]
pub use access_requests_sodviolationcheckresult::AccessRequestsSodviolationcheckresult;

#[cfg(feature = "access-requests")]
mod access_requests_sodviolationcontext;
#[cfg(feature = "access-requests")]
pub use access_requests_sodviolationcontext::AccessRequestsSodviolationcontext;

#[cfg(feature = "access-requests")]
mod access_requests_sodviolationcontext_conflicting_access_criteria;
#[cfg(feature = "access-requests")]
pub use access_requests_sodviolationcontext_conflicting_access_criteria::AccessRequestsSodviolationcontextConflictingAccessCriteria;

#[cfg(feature = "access-requests")]
mod access_requests_sodviolationcontext_conflicting_access_criteria_left_criteria;
#[cfg(feature = "access-requests")]
pub use access_requests_sodviolationcontext_conflicting_access_criteria_left_criteria::AccessRequestsSodviolationcontextConflictingAccessCriteriaLeftCriteria;

#[cfg(feature = "access-requests")]
mod access_requests_sodviolationcontext_conflicting_access_criteria_right_criteria;
#[cfg(feature = "access-requests")]
pub use access_requests_sodviolationcontext_conflicting_access_criteria_right_criteria::AccessRequestsSodviolationcontextConflictingAccessCriteriaRightCriteria;

#[cfg(feature = "access-requests")]
mod access_requests_sodviolationcontextcheckcompleted;
#[cfg(feature = "access-requests")]
pub use access_requests_sodviolationcontextcheckcompleted::AccessRequestsSodviolationcontextcheckcompleted;

#[cfg(feature = "access-requests")]
mod access_requests_sodviolationcontextcheckcompleted_state;
#[cfg(feature = "access-requests")]
pub use access_requests_sodviolationcontextcheckcompleted_state::AccessRequestsSodviolationcontextcheckcompletedState;

#[cfg(feature = "lifecycle-states")]
mod accessactionconfiguration;
#[cfg(feature = "lifecycle-states")]
pub use accessactionconfiguration::Accessactionconfiguration;

#[cfg(feature = "search")]
mod accessapps;
#[cfg(feature = "search")]
pub use accessapps::Accessapps;

#[cfg(feature = "search")]
mod accessapps_owner;
#[cfg(feature = "search")]
pub use accessapps_owner::AccessappsOwner;

#[cfg(feature = "search")]
mod accessapps_owner_type;
#[cfg(feature = "search")]
pub use accessapps_owner_type::AccessappsOwnerType;

#[cfg(feature = "certification-campaigns")]
mod accessconstraint;
#[cfg(feature = "certification-campaigns")]
pub use accessconstraint::Accessconstraint;

#[cfg(feature = "certification-campaigns")]
mod accessconstraint_operator;
#[cfg(feature = "certification-campaigns")]
pub use accessconstraint_operator::AccessconstraintOperator;

#[cfg(feature = "certification-campaigns")]
mod accessconstraint_type;
#[cfg(feature = "certification-campaigns")]
pub use accessconstraint_type::AccessconstraintType;

#[cfg(feature = "sod-policies")]
mod accesscriteria;
#[cfg(feature = "sod-policies")]
pub use accesscriteria::Accesscriteria;

#[cfg(feature = "sod-policies")]
mod accesscriteria_criteria_list_inner;
#[cfg(feature = "sod-policies")]
pub use accesscriteria_criteria_list_inner::AccesscriteriaCriteriaListInner;

#[cfg(feature = "sod-policies")]
mod accesscriteria_criteria_list_inner_type;
#[cfg(feature = "sod-policies")]
pub use accesscriteria_criteria_list_inner_type::AccesscriteriaCriteriaListInnerType;

#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
mod accessduration;
#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
pub use accessduration::Accessduration;

#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
mod accessduration_time_unit;
#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
pub use accessduration_time_unit::AccessdurationTimeUnit;

#[cfg(feature = "identity-history")]
mod accessitemaccessprofileresponse;
#[cfg(feature = "identity-history")]
pub use accessitemaccessprofileresponse::Accessitemaccessprofileresponse;

#[cfg(feature = "identity-history")]
mod accessitemaccessprofileresponse_app_refs_inner;
#[cfg(feature = "identity-history")]
pub use accessitemaccessprofileresponse_app_refs_inner::AccessitemaccessprofileresponseAppRefsInner;

#[cfg(feature = "identity-history")]
mod accessitemaccountresponse;
#[cfg(feature = "identity-history")]
pub use accessitemaccountresponse::Accessitemaccountresponse;

#[cfg(feature = "identity-history")]
mod accessitemappresponse;
#[cfg(feature = "identity-history")]
pub use accessitemappresponse::Accessitemappresponse;

#[cfg(feature = "unreferenced-schemas")]
mod accessitemapproverdto;
#[cfg(feature = "unreferenced-schemas")]
pub use accessitemapproverdto::Accessitemapproverdto;

#[cfg(feature = "unreferenced-schemas")]
mod accessitemapproverdto_type;
#[cfg(feature = "unreferenced-schemas")]
pub use accessitemapproverdto_type::AccessitemapproverdtoType;

#[cfg(feature = "identity-history")]
mod accessitemassociated;
#[cfg(feature = "identity-history")]
pub use accessitemassociated::Accessitemassociated;

#[cfg(feature = "identity-history")]
mod accessitemassociated_access_item;
#[cfg(feature = "identity-history")]
pub use accessitemassociated_access_item::AccessitemassociatedAccessItem;

#[cfg(feature = "identity-history")]
mod accessitemassociated_access_item_type;
#[cfg(feature = "identity-history")]
pub use accessitemassociated_access_item_type::AccessitemassociatedAccessItemType;

#[cfg(feature = "identity-history")]
mod accessitemdiff;
#[cfg(feature = "identity-history")]
pub use accessitemdiff::Accessitemdiff;

#[cfg(feature = "identity-history")]
mod accessitemdiff_event_type;
#[cfg(feature = "identity-history")]
pub use accessitemdiff_event_type::AccessitemdiffEventType;

#[cfg(feature = "identity-history")]
mod accessitementitlementresponse;
#[cfg(feature = "identity-history")]
pub use accessitementitlementresponse::Accessitementitlementresponse;

#[cfg(feature = "iai-recommendations")]
mod accessitemref;
#[cfg(feature = "iai-recommendations")]
pub use accessitemref::Accessitemref;

#[cfg(feature = "iai-recommendations")]
mod accessitemref_type;
#[cfg(feature = "iai-recommendations")]
pub use accessitemref_type::AccessitemrefType;

#[cfg(feature = "identity-history")]
mod accessitemremoved;
#[cfg(feature = "identity-history")]
pub use accessitemremoved::Accessitemremoved;

#[cfg(feature = "identity-history")]
mod accessitemremoved_access_item;
#[cfg(feature = "identity-history")]
pub use accessitemremoved_access_item::AccessitemremovedAccessItem;

#[cfg(feature = "identity-history")]
mod accessitemremoved_access_item_type;
#[cfg(feature = "identity-history")]
pub use accessitemremoved_access_item_type::AccessitemremovedAccessItemType;

#[cfg(feature = "access-request-approvals")]
mod accessitemrequestedfor;
#[cfg(feature = "access-request-approvals")]
pub use accessitemrequestedfor::Accessitemrequestedfor;

#[cfg(feature = "access-request-approvals")]
mod accessitemrequestedfor_type;
#[cfg(feature = "access-request-approvals")]
pub use accessitemrequestedfor_type::AccessitemrequestedforType;

#[cfg(feature = "triggers")]
mod accessitemrequestedfordto;
#[cfg(feature = "triggers")]
pub use accessitemrequestedfordto::Accessitemrequestedfordto;

#[cfg(feature = "triggers")]
mod accessitemrequestedfordto_type;
#[cfg(feature = "triggers")]
pub use accessitemrequestedfordto_type::AccessitemrequestedfordtoType;

#[cfg(feature = "access-request-approvals")]
mod accessitemrequester;
#[cfg(feature = "access-request-approvals")]
pub use accessitemrequester::Accessitemrequester;

#[cfg(feature = "access-request-approvals")]
mod accessitemrequester_type;
#[cfg(feature = "access-request-approvals")]
pub use accessitemrequester_type::AccessitemrequesterType;

#[cfg(feature = "triggers")]
mod accessitemrequesterdto;
#[cfg(feature = "triggers")]
pub use accessitemrequesterdto::Accessitemrequesterdto;

#[cfg(feature = "triggers")]
mod accessitemrequesterdto_type;
#[cfg(feature = "triggers")]
pub use accessitemrequesterdto_type::AccessitemrequesterdtoType;

#[cfg(feature = "access-request-approvals")]
mod accessitemreviewedby;
#[cfg(feature = "access-request-approvals")]
pub use accessitemreviewedby::Accessitemreviewedby;

#[cfg(feature = "access-request-approvals")]
mod accessitemreviewedby_type;
#[cfg(feature = "access-request-approvals")]
pub use accessitemreviewedby_type::AccessitemreviewedbyType;

#[cfg(feature = "identity-history")]
mod accessitemroleresponse;
#[cfg(feature = "identity-history")]
pub use accessitemroleresponse::Accessitemroleresponse;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod accessmodelmetadata;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use accessmodelmetadata::Accessmodelmetadata;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod accessmodelmetadata_values_inner;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use accessmodelmetadata_values_inner::AccessmodelmetadataValuesInner;

#[cfg(feature = "access-model-metadata")]
mod accessmodelmetadatabulkupdateresponse;
#[cfg(feature = "access-model-metadata")]
pub use accessmodelmetadatabulkupdateresponse::Accessmodelmetadatabulkupdateresponse;

#[cfg(feature = "access-model-metadata")]
mod accessmodelmetadatabulkupdateresponse_status;
#[cfg(feature = "access-model-metadata")]
pub use accessmodelmetadatabulkupdateresponse_status::AccessmodelmetadatabulkupdateresponseStatus;

#[cfg(feature = "access-profiles")]
mod accessprofile;
#[cfg(feature = "access-profiles")]
pub use accessprofile::Accessprofile;

#[cfg(feature = "access-profiles")]
mod accessprofileapprovalscheme;
#[cfg(feature = "access-profiles")]
pub use accessprofileapprovalscheme::Accessprofileapprovalscheme;

#[cfg(feature = "access-profiles")]
mod accessprofileapprovalscheme_approver_type;
#[cfg(feature = "access-profiles")]
pub use accessprofileapprovalscheme_approver_type::AccessprofileapprovalschemeApproverType;

#[cfg(feature = "access-profiles")]
mod accessprofilebulkdeleterequest;
#[cfg(feature = "access-profiles")]
pub use accessprofilebulkdeleterequest::Accessprofilebulkdeleterequest;

#[cfg(feature = "access-profiles")]
mod accessprofilebulkdeleteresponse;
#[cfg(feature = "access-profiles")]
pub use accessprofilebulkdeleteresponse::Accessprofilebulkdeleteresponse;

#[cfg(feature = "access-profiles")]
mod accessprofilebulkupdaterequest;
#[cfg(feature = "access-profiles")]
pub use accessprofilebulkupdaterequest::Accessprofilebulkupdaterequest;

#[cfg(feature = "access-profiles")]
mod accessprofilebulkupdaterequest_inner;
#[cfg(feature = "access-profiles")]
pub use accessprofilebulkupdaterequest_inner::AccessprofilebulkupdaterequestInner;

#[cfg(feature = "access-profiles")]
mod accessprofilebulkupdateresponse;
#[cfg(feature = "access-profiles")]
pub use accessprofilebulkupdateresponse::Accessprofilebulkupdateresponse;

#[cfg(feature = "apps")]
mod accessprofiledetails;
#[cfg(feature = "apps")]
pub use accessprofiledetails::Accessprofiledetails;

#[cfg(feature = "apps")]
mod accessprofiledetails_account_selector;
#[cfg(feature = "apps")]
pub use accessprofiledetails_account_selector::AccessprofiledetailsAccountSelector;

#[cfg(feature = "search")]
mod accessprofiledocument;
#[cfg(feature = "search")]
pub use accessprofiledocument::Accessprofiledocument;

#[cfg(feature = "search")]
mod accessprofiledocument_source;
#[cfg(feature = "search")]
pub use accessprofiledocument_source::AccessprofiledocumentSource;

#[cfg(feature = "search")]
mod accessprofiledocuments;
#[cfg(feature = "search")]
pub use accessprofiledocuments::Accessprofiledocuments;

#[cfg(feature = "search")]
mod accessprofileentitlement;
#[cfg(feature = "search")]
pub use accessprofileentitlement::Accessprofileentitlement;

#[cfg(feature = "dimensions")]
mod accessprofileref;
#[cfg(feature = "dimensions")]
pub use accessprofileref::Accessprofileref;

#[cfg(feature = "dimensions")]
mod accessprofileref_type;
#[cfg(feature = "dimensions")]
pub use accessprofileref_type::AccessprofilerefType;

#[cfg(feature = "search")]
mod accessprofilerole;
#[cfg(feature = "search")]
pub use accessprofilerole::Accessprofilerole;

#[cfg(feature = "access-profiles")]
mod accessprofilesourceref;
#[cfg(feature = "access-profiles")]
pub use accessprofilesourceref::Accessprofilesourceref;

#[cfg(feature = "access-profiles")]
mod accessprofilesourceref_type;
#[cfg(feature = "access-profiles")]
pub use accessprofilesourceref_type::AccessprofilesourcerefType;

#[cfg(feature = "search")]
mod accessprofilesummary;
#[cfg(feature = "search")]
pub use accessprofilesummary::Accessprofilesummary;

#[cfg(feature = "access-profiles")]
mod accessprofileupdateitem;
#[cfg(feature = "access-profiles")]
pub use accessprofileupdateitem::Accessprofileupdateitem;

#[cfg(feature = "access-profiles")]
mod accessprofileusage;
#[cfg(feature = "access-profiles")]
pub use accessprofileusage::Accessprofileusage;

#[cfg(feature = "access-profiles")]
mod accessprofileusage_used_by_inner;
#[cfg(feature = "access-profiles")]
pub use accessprofileusage_used_by_inner::AccessprofileusageUsedByInner;

#[cfg(feature = "access-profiles")]
mod accessprofileusage_used_by_inner_type;
#[cfg(feature = "access-profiles")]
pub use accessprofileusage_used_by_inner_type::AccessprofileusageUsedByInnerType;

#[cfg(feature = "iai-access-request-recommendations")]
mod accessrecommendationmessage;
#[cfg(feature = "iai-access-request-recommendations")]
pub use accessrecommendationmessage::Accessrecommendationmessage;

#[cfg(feature = "access-requests")]
mod accessrequest;
#[cfg(feature = "access-requests")]
pub use accessrequest::Accessrequest;

#[cfg(feature = "access-requests")]
mod accessrequestadminitemstatus;
#[cfg(feature = "access-requests")]
pub use accessrequestadminitemstatus::Accessrequestadminitemstatus;

#[cfg(feature = "access-requests")]
mod accessrequestadminitemstatus_identity_type;
#[cfg(feature = "access-requests")]
pub use accessrequestadminitemstatus_identity_type::AccessrequestadminitemstatusIdentityType;

#[cfg(feature = "access-requests")]
mod accessrequestadminitemstatus_requested_for;
#[cfg(feature = "access-requests")]
pub use accessrequestadminitemstatus_requested_for::AccessrequestadminitemstatusRequestedFor;

#[cfg(feature = "access-requests")]
mod accessrequestadminitemstatus_requested_for_type;
#[cfg(feature = "access-requests")]
pub use accessrequestadminitemstatus_requested_for_type::AccessrequestadminitemstatusRequestedForType;

#[cfg(feature = "access-requests")]
mod accessrequestadminitemstatus_type;
#[cfg(feature = "access-requests")]
pub use accessrequestadminitemstatus_type::AccessrequestadminitemstatusType;

#[cfg(feature = "access-request-approvals")]
mod accessrequestapproverslistresponse;
#[cfg(feature = "access-request-approvals")]
pub use accessrequestapproverslistresponse::Accessrequestapproverslistresponse;

#[cfg(feature = "access-requests")]
mod accessrequestconfig;
#[cfg(feature = "access-requests")]
pub use accessrequestconfig::Accessrequestconfig;

#[cfg(feature = "access-requests")]
mod accessrequestconfigv2;
#[cfg(feature = "access-requests")]
pub use accessrequestconfigv2::Accessrequestconfigv2;

#[cfg(feature = "identities")]
mod accessrequestcontext;
#[cfg(feature = "identities")]
pub use accessrequestcontext::Accessrequestcontext;

#[cfg(feature = "triggers")]
mod accessrequestdynamicapprover;
#[cfg(feature = "triggers")]
pub use accessrequestdynamicapprover::Accessrequestdynamicapprover;

#[cfg(feature = "triggers")]
mod accessrequestdynamicapprover2;
#[cfg(feature = "triggers")]
pub use accessrequestdynamicapprover2::Accessrequestdynamicapprover2;

#[cfg(feature = "triggers")]
mod accessrequestdynamicapprover2_type;
#[cfg(feature = "triggers")]
pub use accessrequestdynamicapprover2_type::Accessrequestdynamicapprover2Type;

#[cfg(feature = "triggers")]
mod accessrequestdynamicapprover_requested_items_inner;
#[cfg(feature = "triggers")]
pub use accessrequestdynamicapprover_requested_items_inner::AccessrequestdynamicapproverRequestedItemsInner;

#[cfg(feature = "triggers")]
mod accessrequestdynamicapprover_requested_items_inner_operation;
#[cfg(feature = "triggers")]
pub use accessrequestdynamicapprover_requested_items_inner_operation::AccessrequestdynamicapproverRequestedItemsInnerOperation;

#[cfg(feature = "triggers")]
mod accessrequestdynamicapprover_requested_items_inner_type;
#[cfg(feature = "triggers")]
pub use accessrequestdynamicapprover_requested_items_inner_type::AccessrequestdynamicapproverRequestedItemsInnerType;

#[cfg(feature = "identity-history")]
mod accessrequested;
#[cfg(feature = "identity-history")]
pub use accessrequested::Accessrequested;

#[cfg(feature = "access-requests")]
mod accessrequestitem;
#[cfg(feature = "access-requests")]
pub use accessrequestitem::Accessrequestitem;

#[cfg(feature = "access-requests")]
mod accessrequestitem_type;
#[cfg(feature = "access-requests")]
pub use accessrequestitem_type::AccessrequestitemType;

#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "triggers"
    )
)]
mod accessrequestitemform;
#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "triggers"
    )
)]
pub use accessrequestitemform::Accessrequestitemform;

#[cfg(feature = "identity-history")]
mod accessrequestitemresponse;
#[cfg(feature = "identity-history")]
pub use accessrequestitemresponse::Accessrequestitemresponse;

#[cfg(feature = "identity-history")]
mod accessrequestitemresponse_decision;
#[cfg(feature = "identity-history")]
pub use accessrequestitemresponse_decision::AccessrequestitemresponseDecision;

#[cfg(feature = "access-requests")]
mod accessrequestphases;
#[cfg(feature = "access-requests")]
pub use accessrequestphases::Accessrequestphases;

#[cfg(feature = "access-requests")]
mod accessrequestphases_result;
#[cfg(feature = "access-requests")]
pub use accessrequestphases_result::AccessrequestphasesResult;

#[cfg(feature = "access-requests")]
mod accessrequestphases_state;
#[cfg(feature = "access-requests")]
pub use accessrequestphases_state::AccessrequestphasesState;

#[cfg(feature = "triggers")]
mod accessrequestpostapproval;
#[cfg(feature = "triggers")]
pub use accessrequestpostapproval::Accessrequestpostapproval;

#[cfg(feature = "triggers")]
mod accessrequestpostapproval_requested_items_status_inner;
#[cfg(feature = "triggers")]
pub use accessrequestpostapproval_requested_items_status_inner::AccessrequestpostapprovalRequestedItemsStatusInner;

#[cfg(feature = "triggers")]
mod accessrequestpostapproval_requested_items_status_inner_approval_info_inner;
#[cfg(feature = "triggers")]
pub use accessrequestpostapproval_requested_items_status_inner_approval_info_inner::AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInner;

#[cfg(feature = "triggers")]
mod accessrequestpostapproval_requested_items_status_inner_approval_info_inner_approval_decision;
#[cfg(feature = "triggers")]
pub use accessrequestpostapproval_requested_items_status_inner_approval_info_inner_approval_decision::AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprovalDecision;

#[cfg(feature = "triggers")]
mod accessrequestpostapproval_requested_items_status_inner_approval_info_inner_approver;
#[cfg(feature = "triggers")]
pub use accessrequestpostapproval_requested_items_status_inner_approval_info_inner_approver::AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApprover;

#[cfg(feature = "triggers")]
mod accessrequestpostapproval_requested_items_status_inner_approval_info_inner_approver_type;
#[cfg(feature = "triggers")]
pub use accessrequestpostapproval_requested_items_status_inner_approval_info_inner_approver_type::AccessrequestpostapprovalRequestedItemsStatusInnerApprovalInfoInnerApproverType;

#[cfg(feature = "triggers")]
mod accessrequestpostapproval_requested_items_status_inner_operation;
#[cfg(feature = "triggers")]
pub use accessrequestpostapproval_requested_items_status_inner_operation::AccessrequestpostapprovalRequestedItemsStatusInnerOperation;

#[cfg(feature = "triggers")]
mod accessrequestpostapproval_requested_items_status_inner_type;
#[cfg(feature = "triggers")]
pub use accessrequestpostapproval_requested_items_status_inner_type::AccessrequestpostapprovalRequestedItemsStatusInnerType;

#[cfg(feature = "triggers")]
mod accessrequestpreapproval;
#[cfg(feature = "triggers")]
pub use accessrequestpreapproval::Accessrequestpreapproval;

#[cfg(feature = "triggers")]
mod accessrequestpreapproval2;
#[cfg(feature = "triggers")]
pub use accessrequestpreapproval2::Accessrequestpreapproval2;

#[cfg(feature = "triggers")]
mod accessrequestpreapproval_requested_items_inner;
#[cfg(feature = "triggers")]
pub use accessrequestpreapproval_requested_items_inner::AccessrequestpreapprovalRequestedItemsInner;

#[cfg(feature = "triggers")]
mod accessrequestpreapproval_requested_items_inner_operation;
#[cfg(feature = "triggers")]
pub use accessrequestpreapproval_requested_items_inner_operation::AccessrequestpreapprovalRequestedItemsInnerOperation;

#[cfg(feature = "triggers")]
mod accessrequestpreapproval_requested_items_inner_type;
#[cfg(feature = "triggers")]
pub use accessrequestpreapproval_requested_items_inner_type::AccessrequestpreapprovalRequestedItemsInnerType;

#[cfg(feature = "iai-access-request-recommendations")]
mod accessrequestrecommendationactionitemdto;
#[cfg(feature = "iai-access-request-recommendations")]
pub use accessrequestrecommendationactionitemdto::Accessrequestrecommendationactionitemdto;

#[cfg(feature = "iai-access-request-recommendations")]
mod accessrequestrecommendationactionitemresponsedto;
#[cfg(feature = "iai-access-request-recommendations")]
pub use accessrequestrecommendationactionitemresponsedto::Accessrequestrecommendationactionitemresponsedto;

#[cfg(feature = "iai-access-request-recommendations")]
mod accessrequestrecommendationconfigdto;
#[cfg(feature = "iai-access-request-recommendations")]
pub use accessrequestrecommendationconfigdto::Accessrequestrecommendationconfigdto;

#[cfg(feature = "iai-access-request-recommendations")]
mod accessrequestrecommendationitem;
#[cfg(feature = "iai-access-request-recommendations")]
pub use accessrequestrecommendationitem::Accessrequestrecommendationitem;

#[cfg(feature = "iai-access-request-recommendations")]
mod accessrequestrecommendationitemdetail;
#[cfg(feature = "iai-access-request-recommendations")]
pub use accessrequestrecommendationitemdetail::Accessrequestrecommendationitemdetail;

#[cfg(feature = "iai-access-request-recommendations")]
mod accessrequestrecommendationitemdetail_access;
#[cfg(feature = "iai-access-request-recommendations")]
pub use accessrequestrecommendationitemdetail_access::AccessrequestrecommendationitemdetailAccess;

#[cfg(feature = "iai-access-request-recommendations")]
mod accessrequestrecommendationitemtype;
#[cfg(feature = "iai-access-request-recommendations")]
pub use accessrequestrecommendationitemtype::Accessrequestrecommendationitemtype;

#[cfg(feature = "access-requests")]
mod accessrequestresponse;
#[cfg(feature = "access-requests")]
pub use accessrequestresponse::Accessrequestresponse;

#[cfg(feature = "identity-history")]
mod accessrequestresponse2;
#[cfg(feature = "identity-history")]
pub use accessrequestresponse2::Accessrequestresponse2;

#[cfg(feature = "access-requests")]
mod accessrequesttracking;
#[cfg(feature = "access-requests")]
pub use accessrequesttracking::Accessrequesttracking;

#[cfg(feature = "access-request-approvals")]
mod accessrequesttype;
#[cfg(feature = "access-request-approvals")]
pub use accessrequesttype::Accessrequesttype;

#[cfg(feature = "certifications")]
mod accessreviewitem;
#[cfg(feature = "certifications")]
pub use accessreviewitem::Accessreviewitem;

#[cfg(feature = "certification-summaries")]
mod accesssummary;
#[cfg(feature = "certification-summaries")]
pub use accesssummary::Accesssummary;

#[cfg(feature = "certification-summaries")]
mod accesssummary_access;
#[cfg(feature = "certification-summaries")]
pub use accesssummary_access::AccesssummaryAccess;

#[cfg(feature = "o-auth-clients")]
mod accesstype;
#[cfg(feature = "o-auth-clients")]
pub use accesstype::Accesstype;

#[cfg(feature = "accounts")]
mod account;
#[cfg(feature = "accounts")]
pub use account::Account;

#[cfg(feature = "accounts")]
mod account_identity;
#[cfg(feature = "accounts")]
pub use account_identity::AccountIdentity;

#[cfg(feature = "accounts")]
mod account_identity_type;
#[cfg(feature = "accounts")]
pub use account_identity_type::AccountIdentityType;

#[cfg(feature = "accounts")]
mod account_origin;
#[cfg(feature = "accounts")]
pub use account_origin::AccountOrigin;

#[cfg(feature = "accounts")]
mod account_source_owner;
#[cfg(feature = "accounts")]
pub use account_source_owner::AccountSourceOwner;

#[cfg(feature = "accounts")]
mod account_source_owner_type;
#[cfg(feature = "accounts")]
pub use account_source_owner_type::AccountSourceOwnerType;

#[cfg(feature = "lifecycle-states")]
mod accountaction;
#[cfg(feature = "lifecycle-states")]
pub use accountaction::Accountaction;

#[cfg(feature = "lifecycle-states")]
mod accountaction_action;
#[cfg(feature = "lifecycle-states")]
pub use accountaction_action::AccountactionAction;

#[cfg(feature = "account-deletion-requests")]
mod accountactionrequestdto;
#[cfg(feature = "account-deletion-requests")]
pub use accountactionrequestdto::Accountactionrequestdto;

#[cfg(feature = "account-activities")]
mod accountactivity;
#[cfg(feature = "account-activities")]
pub use accountactivity::Accountactivity;

#[cfg(feature = "account-activities")]
mod accountactivityapprovalstatus;
#[cfg(feature = "account-activities")]
pub use accountactivityapprovalstatus::Accountactivityapprovalstatus;

#[cfg(feature = "search")]
mod accountactivitydocument;
#[cfg(feature = "search")]
pub use accountactivitydocument::Accountactivitydocument;

#[cfg(feature = "search")]
mod accountactivitydocuments;
#[cfg(feature = "search")]
pub use accountactivitydocuments::Accountactivitydocuments;

#[cfg(feature = "account-activities")]
mod accountactivityitem;
#[cfg(feature = "account-activities")]
pub use accountactivityitem::Accountactivityitem;

#[cfg(feature = "account-activities")]
mod accountactivityitemoperation;
#[cfg(feature = "account-activities")]
pub use accountactivityitemoperation::Accountactivityitemoperation;

#[cfg(feature = "triggers")]
mod accountaggregationcompleted;
#[cfg(feature = "triggers")]
pub use accountaggregationcompleted::Accountaggregationcompleted;

#[cfg(feature = "triggers")]
mod accountaggregationcompleted_source;
#[cfg(feature = "triggers")]
pub use accountaggregationcompleted_source::AccountaggregationcompletedSource;

#[cfg(feature = "triggers")]
mod accountaggregationcompleted_source_type;
#[cfg(feature = "triggers")]
pub use accountaggregationcompleted_source_type::AccountaggregationcompletedSourceType;

#[cfg(feature = "triggers")]
mod accountaggregationcompleted_stats;
#[cfg(feature = "triggers")]
pub use accountaggregationcompleted_stats::AccountaggregationcompletedStats;

#[cfg(feature = "triggers")]
mod accountaggregationcompleted_status;
#[cfg(feature = "triggers")]
pub use accountaggregationcompleted_status::AccountaggregationcompletedStatus;

#[cfg(feature = "account-aggregations")]
mod accountaggregationstatus;
#[cfg(feature = "account-aggregations")]
pub use accountaggregationstatus::Accountaggregationstatus;

#[cfg(feature = "account-aggregations")]
mod accountaggregationstatus_status;
#[cfg(feature = "account-aggregations")]
pub use accountaggregationstatus_status::AccountaggregationstatusStatus;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod accountattribute;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use accountattribute::Accountattribute;

#[cfg(feature = "accounts")]
mod accountattributes;
#[cfg(feature = "accounts")]
pub use accountattributes::Accountattributes;

#[cfg(feature = "triggers")]
mod accountattributeschanged;
#[cfg(feature = "triggers")]
pub use accountattributeschanged::Accountattributeschanged;

#[cfg(feature = "triggers")]
mod accountattributeschanged_account;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_account::AccountattributeschangedAccount;

#[cfg(feature = "triggers")]
mod accountattributeschanged_account_type;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_account_type::AccountattributeschangedAccountType;

#[cfg(feature = "triggers")]
mod accountattributeschanged_changes_inner;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_changes_inner::AccountattributeschangedChangesInner;

#[cfg(feature = "triggers")]
mod accountattributeschanged_changes_inner_new_value;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_changes_inner_new_value::AccountattributeschangedChangesInnerNewValue;

#[cfg(feature = "triggers")]
mod accountattributeschanged_changes_inner_old_value;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_changes_inner_old_value::AccountattributeschangedChangesInnerOldValue;

#[cfg(feature = "triggers")]
mod accountattributeschanged_identity;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_identity::AccountattributeschangedIdentity;

#[cfg(feature = "triggers")]
mod accountattributeschanged_identity_type;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_identity_type::AccountattributeschangedIdentityType;

#[cfg(feature = "triggers")]
mod accountattributeschanged_source;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_source::AccountattributeschangedSource;

#[cfg(feature = "triggers")]
mod accountattributeschanged_source_type;
#[cfg(feature = "triggers")]
pub use accountattributeschanged_source_type::AccountattributeschangedSourceType;

#[cfg(feature = "accounts")]
mod accountattributescreate;
#[cfg(feature = "accounts")]
pub use accountattributescreate::Accountattributescreate;

#[cfg(feature = "accounts")]
mod accountattributescreate_attributes;
#[cfg(feature = "accounts")]
pub use accountattributescreate_attributes::AccountattributescreateAttributes;

#[cfg(feature = "triggers")]
mod accountcorrelated;
#[cfg(feature = "triggers")]
pub use accountcorrelated::Accountcorrelated;

#[cfg(feature = "triggers")]
mod accountcorrelated_account;
#[cfg(feature = "triggers")]
pub use accountcorrelated_account::AccountcorrelatedAccount;

#[cfg(feature = "triggers")]
mod accountcorrelated_account_type;
#[cfg(feature = "triggers")]
pub use accountcorrelated_account_type::AccountcorrelatedAccountType;

#[cfg(feature = "triggers")]
mod accountcorrelated_identity;
#[cfg(feature = "triggers")]
pub use accountcorrelated_identity::AccountcorrelatedIdentity;

#[cfg(feature = "triggers")]
mod accountcorrelated_identity_type;
#[cfg(feature = "triggers")]
pub use accountcorrelated_identity_type::AccountcorrelatedIdentityType;

#[cfg(feature = "triggers")]
mod accountcorrelated_source;
#[cfg(feature = "triggers")]
pub use accountcorrelated_source::AccountcorrelatedSource;

#[cfg(feature = "triggers")]
mod accountcorrelated_source_type;
#[cfg(feature = "triggers")]
pub use accountcorrelated_source_type::AccountcorrelatedSourceType;

#[cfg(feature = "triggers")]
mod accountcreated;
#[cfg(feature = "triggers")]
pub use accountcreated::Accountcreated;

#[cfg(feature = "triggers")]
mod accountcreated_event;
#[cfg(feature = "triggers")]
pub use accountcreated_event::AccountcreatedEvent;

#[cfg(feature = "triggers")]
mod accountcreated_event_cause;
#[cfg(feature = "triggers")]
pub use accountcreated_event_cause::AccountcreatedEventCause;

#[cfg(feature = "triggers")]
mod accountcreated_event_type;
#[cfg(feature = "triggers")]
pub use accountcreated_event_type::AccountcreatedEventType;

#[cfg(feature = "sources")]
mod accountdeleteconfigdto;
#[cfg(feature = "sources")]
pub use accountdeleteconfigdto::Accountdeleteconfigdto;

#[cfg(feature = "triggers")]
mod accountdeleted;
#[cfg(feature = "triggers")]
pub use accountdeleted::Accountdeleted;

#[cfg(feature = "triggers")]
mod accountdeleted_event;
#[cfg(feature = "triggers")]
pub use accountdeleted_event::AccountdeletedEvent;

#[cfg(feature = "triggers")]
mod accountdeleted_event_cause;
#[cfg(feature = "triggers")]
pub use accountdeleted_event_cause::AccountdeletedEventCause;

#[cfg(feature = "triggers")]
mod accountdeleted_event_type;
#[cfg(feature = "triggers")]
pub use accountdeleted_event_type::AccountdeletedEventType;

#[cfg(feature = "account-deletion-requests")]
mod accountdeleterequestinput;
#[cfg(feature = "account-deletion-requests")]
pub use accountdeleterequestinput::Accountdeleterequestinput;

#[cfg(feature = "account-deletion-requests")]
mod accountdetails;
#[cfg(feature = "account-deletion-requests")]
pub use accountdetails::Accountdetails;

#[cfg(feature = "account-deletion-requests")]
mod accountdetails_features_inner;
#[cfg(feature = "account-deletion-requests")]
pub use accountdetails_features_inner::AccountdetailsFeaturesInner;

#[cfg(feature = "identities")]
mod accountinfodto;
#[cfg(feature = "identities")]
pub use accountinfodto::Accountinfodto;

#[cfg(feature = "access-requests")]
mod accountinforef;
#[cfg(feature = "access-requests")]
pub use accountinforef::Accountinforef;

#[cfg(feature = "access-requests")]
mod accountitemref;
#[cfg(feature = "access-requests")]
pub use accountitemref::Accountitemref;

#[cfg(feature = "search")]
mod accountrequest;
#[cfg(feature = "search")]
pub use accountrequest::Accountrequest;

#[cfg(feature = "search")]
mod accountrequest_result;
#[cfg(feature = "search")]
pub use accountrequest_result::AccountrequestResult;

#[cfg(feature = "account-deletion-requests")]
mod accountrequestasyncresult;
#[cfg(feature = "account-deletion-requests")]
pub use accountrequestasyncresult::Accountrequestasyncresult;

#[cfg(feature = "machine-account-creation-request")]
mod accountrequestdetailsdto;
#[cfg(feature = "machine-account-creation-request")]
pub use accountrequestdetailsdto::Accountrequestdetailsdto;

#[cfg(feature = "account-activities")]
mod accountrequestinfo;
#[cfg(feature = "account-activities")]
pub use accountrequestinfo::Accountrequestinfo;

#[cfg(feature = "account-deletion-requests")]
mod accountrequestphase;
#[cfg(feature = "account-deletion-requests")]
pub use accountrequestphase::Accountrequestphase;

#[cfg(feature = "account-deletion-requests")]
mod accountrequestphase_name;
#[cfg(feature = "account-deletion-requests")]
pub use accountrequestphase_name::AccountrequestphaseName;

#[cfg(feature = "account-deletion-requests")]
mod accountrequestphasestate;
#[cfg(feature = "account-deletion-requests")]
pub use accountrequestphasestate::Accountrequestphasestate;

#[cfg(feature = "reports-data-extraction")]
mod accounts_export_report_arguments;
#[cfg(feature = "reports-data-extraction")]
pub use accounts_export_report_arguments::AccountsExportReportArguments;

#[cfg(feature = "accounts")]
mod accountsasyncresult;
#[cfg(feature = "accounts")]
pub use accountsasyncresult::Accountsasyncresult;

#[cfg(feature = "triggers")]
mod accountscollectedforaggregation;
#[cfg(feature = "triggers")]
pub use accountscollectedforaggregation::Accountscollectedforaggregation;

#[cfg(feature = "triggers")]
mod accountscollectedforaggregation_source;
#[cfg(feature = "triggers")]
pub use accountscollectedforaggregation_source::AccountscollectedforaggregationSource;

#[cfg(feature = "triggers")]
mod accountscollectedforaggregation_source_type;
#[cfg(feature = "triggers")]
pub use accountscollectedforaggregation_source_type::AccountscollectedforaggregationSourceType;

#[cfg(feature = "triggers")]
mod accountscollectedforaggregation_stats;
#[cfg(feature = "triggers")]
pub use accountscollectedforaggregation_stats::AccountscollectedforaggregationStats;

#[cfg(feature = "triggers")]
mod accountscollectedforaggregation_status;
#[cfg(feature = "triggers")]
pub use accountscollectedforaggregation_status::AccountscollectedforaggregationStatus;

#[cfg(feature = "search")]
mod accountsource;
#[cfg(feature = "search")]
pub use accountsource::Accountsource;

#[cfg(feature = "triggers")]
mod accountsourcereference;
#[cfg(feature = "triggers")]
pub use accountsourcereference::Accountsourcereference;

#[cfg(feature = "triggers")]
mod accountsourcereference_governance_group;
#[cfg(feature = "triggers")]
pub use accountsourcereference_governance_group::AccountsourcereferenceGovernanceGroup;

#[cfg(feature = "triggers")]
mod accountsourcereference_owner;
#[cfg(feature = "triggers")]
pub use accountsourcereference_owner::AccountsourcereferenceOwner;

#[cfg(feature = "access-requests")]
mod accountsselectionrequest;
#[cfg(feature = "access-requests")]
pub use accountsselectionrequest::Accountsselectionrequest;

#[cfg(feature = "access-requests")]
mod accountsselectionresponse;
#[cfg(feature = "access-requests")]
pub use accountsselectionresponse::Accountsselectionresponse;

#[cfg(feature = "identity-history")]
mod accountstatuschanged;
#[cfg(feature = "identity-history")]
pub use accountstatuschanged::Accountstatuschanged;

#[cfg(feature = "identity-history")]
mod accountstatuschanged_account;
#[cfg(feature = "identity-history")]
pub use accountstatuschanged_account::AccountstatuschangedAccount;

#[cfg(feature = "identity-history")]
mod accountstatuschanged_status_change;
#[cfg(feature = "identity-history")]
pub use accountstatuschanged_status_change::AccountstatuschangedStatusChange;

#[cfg(feature = "identity-history")]
mod accountstatuschanged_status_change_new_status;
#[cfg(feature = "identity-history")]
pub use accountstatuschanged_status_change_new_status::AccountstatuschangedStatusChangeNewStatus;

#[cfg(feature = "identity-history")]
mod accountstatuschanged_status_change_previous_status;
#[cfg(feature = "identity-history")]
pub use accountstatuschanged_status_change_previous_status::AccountstatuschangedStatusChangePreviousStatus;

#[cfg(feature = "accounts")]
mod accounttogglerequest;
#[cfg(feature = "accounts")]
pub use accounttogglerequest::Accounttogglerequest;

#[cfg(feature = "triggers")]
mod accountuncorrelated;
#[cfg(feature = "triggers")]
pub use accountuncorrelated::Accountuncorrelated;

#[cfg(feature = "triggers")]
mod accountuncorrelated_account;
#[cfg(feature = "triggers")]
pub use accountuncorrelated_account::AccountuncorrelatedAccount;

#[cfg(feature = "triggers")]
mod accountuncorrelated_account_type;
#[cfg(feature = "triggers")]
pub use accountuncorrelated_account_type::AccountuncorrelatedAccountType;

#[cfg(feature = "triggers")]
mod accountuncorrelated_identity;
#[cfg(feature = "triggers")]
pub use accountuncorrelated_identity::AccountuncorrelatedIdentity;

#[cfg(feature = "triggers")]
mod accountuncorrelated_identity_type;
#[cfg(feature = "triggers")]
pub use accountuncorrelated_identity_type::AccountuncorrelatedIdentityType;

#[cfg(feature = "triggers")]
mod accountuncorrelated_source;
#[cfg(feature = "triggers")]
pub use accountuncorrelated_source::AccountuncorrelatedSource;

#[cfg(feature = "triggers")]
mod accountuncorrelated_source_type;
#[cfg(feature = "triggers")]
pub use accountuncorrelated_source_type::AccountuncorrelatedSourceType;

#[cfg(feature = "accounts")]
mod accountunlockrequest;
#[cfg(feature = "accounts")]
pub use accountunlockrequest::Accountunlockrequest;

#[cfg(feature = "triggers")]
mod accountupdated;
#[cfg(feature = "triggers")]
pub use accountupdated::Accountupdated;

#[cfg(feature = "triggers")]
mod accountupdated_account_change_types_inner;
#[cfg(feature = "triggers")]
pub use accountupdated_account_change_types_inner::AccountupdatedAccountChangeTypesInner;

#[cfg(feature = "triggers")]
mod accountupdated_entitlement_changes_inner;
#[cfg(feature = "triggers")]
pub use accountupdated_entitlement_changes_inner::AccountupdatedEntitlementChangesInner;

#[cfg(feature = "triggers")]
mod accountupdated_entitlement_changes_inner_added_inner;
#[cfg(feature = "triggers")]
pub use accountupdated_entitlement_changes_inner_added_inner::AccountupdatedEntitlementChangesInnerAddedInner;

#[cfg(feature = "triggers")]
mod accountupdated_entitlement_changes_inner_added_inner_owner;
#[cfg(feature = "triggers")]
pub use accountupdated_entitlement_changes_inner_added_inner_owner::AccountupdatedEntitlementChangesInnerAddedInnerOwner;

#[cfg(feature = "triggers")]
mod accountupdated_entitlement_changes_inner_removed_inner;
#[cfg(feature = "triggers")]
pub use accountupdated_entitlement_changes_inner_removed_inner::AccountupdatedEntitlementChangesInnerRemovedInner;

#[cfg(feature = "triggers")]
mod accountupdated_entitlement_changes_inner_removed_inner_owner;
#[cfg(feature = "triggers")]
pub use accountupdated_entitlement_changes_inner_removed_inner_owner::AccountupdatedEntitlementChangesInnerRemovedInnerOwner;

#[cfg(feature = "triggers")]
mod accountupdated_event;
#[cfg(feature = "triggers")]
pub use accountupdated_event::AccountupdatedEvent;

#[cfg(feature = "triggers")]
mod accountupdated_event_cause;
#[cfg(feature = "triggers")]
pub use accountupdated_event_cause::AccountupdatedEventCause;

#[cfg(feature = "triggers")]
mod accountupdated_event_type;
#[cfg(feature = "triggers")]
pub use accountupdated_event_type::AccountupdatedEventType;

#[cfg(feature = "triggers")]
mod accountupdated_multi_value_attribute_changes_inner;
#[cfg(feature = "triggers")]
pub use accountupdated_multi_value_attribute_changes_inner::AccountupdatedMultiValueAttributeChangesInner;

#[cfg(feature = "triggers")]
mod accountupdated_multi_value_attribute_changes_inner_added_values_inner;
#[cfg(feature = "triggers")]
pub use accountupdated_multi_value_attribute_changes_inner_added_values_inner::AccountupdatedMultiValueAttributeChangesInnerAddedValuesInner;

#[cfg(feature = "triggers")]
mod accountupdated_multi_value_attribute_changes_inner_removed_values_inner;
#[cfg(feature = "triggers")]
pub use accountupdated_multi_value_attribute_changes_inner_removed_values_inner::AccountupdatedMultiValueAttributeChangesInnerRemovedValuesInner;

#[cfg(feature = "triggers")]
mod accountupdated_single_value_attribute_changes_inner;
#[cfg(feature = "triggers")]
pub use accountupdated_single_value_attribute_changes_inner::AccountupdatedSingleValueAttributeChangesInner;

#[cfg(feature = "triggers")]
mod accountupdated_single_value_attribute_changes_inner_new_value;
#[cfg(feature = "triggers")]
pub use accountupdated_single_value_attribute_changes_inner_new_value::AccountupdatedSingleValueAttributeChangesInnerNewValue;

#[cfg(feature = "triggers")]
mod accountupdated_single_value_attribute_changes_inner_old_value;
#[cfg(feature = "triggers")]
pub use accountupdated_single_value_attribute_changes_inner_old_value::AccountupdatedSingleValueAttributeChangesInnerOldValue;

#[cfg(feature = "account-usages")]
mod accountusage;
#[cfg(feature = "account-usages")]
pub use accountusage::Accountusage;

#[cfg(feature = "triggers")]
mod accountv2;
#[cfg(feature = "triggers")]
pub use accountv2::Accountv2;

#[cfg(feature = "certification-campaigns")]
mod activatecampaignoptions;
#[cfg(feature = "certification-campaigns")]
pub use activatecampaignoptions::Activatecampaignoptions;

#[cfg(feature = "jit-activations")]
mod activationworkflowstatus;
#[cfg(feature = "jit-activations")]
pub use activationworkflowstatus::Activationworkflowstatus;

#[cfg(feature = "data-access-security")]
mod activityconfigurationsettings;
#[cfg(feature = "data-access-security")]
pub use activityconfigurationsettings::Activityconfigurationsettings;

#[cfg(feature = "search")]
mod activityidentity;
#[cfg(feature = "search")]
pub use activityidentity::Activityidentity;

#[cfg(feature = "certification-summaries")]
mod activityinsights;
#[cfg(feature = "certification-summaries")]
pub use activityinsights::Activityinsights;

#[cfg(feature = "certification-summaries")]
mod activityinsights_usage_days_state;
#[cfg(feature = "certification-summaries")]
pub use activityinsights_usage_days_state::ActivityinsightsUsageDaysState;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod additionalownerref;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use additionalownerref::Additionalownerref;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod additionalownerref_type;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use additionalownerref_type::AdditionalownerrefType;

#[cfg(feature = "certification-campaigns")]
mod adminreviewreassign;
#[cfg(feature = "certification-campaigns")]
pub use adminreviewreassign::Adminreviewreassign;

#[cfg(feature = "certification-campaigns")]
mod adminreviewreassign_reassign_to;
#[cfg(feature = "certification-campaigns")]
pub use adminreviewreassign_reassign_to::AdminreviewreassignReassignTo;

#[cfg(feature = "certification-campaigns")]
mod adminreviewreassign_reassign_to_type;
#[cfg(feature = "certification-campaigns")]
pub use adminreviewreassign_reassign_to_type::AdminreviewreassignReassignToType;

#[cfg(feature = "search")]
mod aggregationresult;
#[cfg(feature = "search")]
pub use aggregationresult::Aggregationresult;

#[cfg(feature = "search")]
mod aggregationresult_csv;
#[cfg(feature = "search")]
pub use aggregationresult_csv::AggregationresultCsv;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod aggregations;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use aggregations::Aggregations;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod aggregationtype;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use aggregationtype::Aggregationtype;

#[cfg(feature = "machine-identities")]
mod anomaly;
#[cfg(feature = "machine-identities")]
pub use anomaly::Anomaly;

#[cfg(feature = "machine-identities")]
mod anomalybaseline;
#[cfg(feature = "machine-identities")]
pub use anomalybaseline::Anomalybaseline;

#[cfg(feature = "machine-identities")]
mod anomalyevidence;
#[cfg(feature = "machine-identities")]
pub use anomalyevidence::Anomalyevidence;

#[cfg(feature = "machine-identities")]
mod anomalyevidencetimestamp;
#[cfg(feature = "machine-identities")]
pub use anomalyevidencetimestamp::Anomalyevidencetimestamp;

#[cfg(feature = "parameter-storage")]
mod apis_error409_response;
#[cfg(feature = "parameter-storage")]
pub use apis_error409_response::ApisError409Response;

#[cfg(feature = "suggested-entitlement-description")]
mod apis_error409_response2;
#[cfg(feature = "suggested-entitlement-description")]
pub use apis_error409_response2::ApisError409Response2;

#[cfg(feature = "entitlement-connections")]
mod apis_error412_response;
#[cfg(feature = "entitlement-connections")]
pub use apis_error412_response::ApisError412Response;

#[cfg(feature = "search")]
mod app;
#[cfg(feature = "search")]
pub use app::App;

#[cfg(feature = "search")]
mod app_account;
#[cfg(feature = "search")]
pub use app_account::AppAccount;

#[cfg(feature = "apps")]
mod appaccessprofileselector;
#[cfg(feature = "apps")]
pub use appaccessprofileselector::Appaccessprofileselector;

#[cfg(feature = "apps")]
mod appaccessprofileselector_account_match_config;
#[cfg(feature = "apps")]
pub use appaccessprofileselector_account_match_config::AppaccessprofileselectorAccountMatchConfig;

#[cfg(feature = "apps")]
mod appaccessprofileselector_account_match_config_match_expression;
#[cfg(feature = "apps")]
pub use appaccessprofileselector_account_match_config_match_expression::AppaccessprofileselectorAccountMatchConfigMatchExpression;

#[cfg(feature = "apps")]
mod appaccountdetails;
#[cfg(feature = "apps")]
pub use appaccountdetails::Appaccountdetails;

#[cfg(feature = "apps")]
mod appaccountdetails_source_account;
#[cfg(feature = "apps")]
pub use appaccountdetails_source_account::AppaccountdetailsSourceAccount;

#[cfg(feature = "data-access-security")]
mod applicationcrawlersettings;
#[cfg(feature = "data-access-security")]
pub use applicationcrawlersettings::Applicationcrawlersettings;

#[cfg(feature = "application-discovery")]
mod applicationdiscoveryrequest;
#[cfg(feature = "application-discovery")]
pub use applicationdiscoveryrequest::Applicationdiscoveryrequest;

#[cfg(feature = "application-discovery")]
mod applicationdiscoveryresponse;
#[cfg(feature = "application-discovery")]
pub use applicationdiscoveryresponse::Applicationdiscoveryresponse;

#[cfg(feature = "application-discovery")]
mod applicationdiscoveryresponse_completion_status;
#[cfg(feature = "application-discovery")]
pub use applicationdiscoveryresponse_completion_status::ApplicationdiscoveryresponseCompletionStatus;

#[cfg(feature = "application-discovery")]
mod applicationdiscoveryresponse_target;
#[cfg(feature = "application-discovery")]
pub use applicationdiscoveryresponse_target::ApplicationdiscoveryresponseTarget;

#[cfg(feature = "application-discovery")]
mod applicationdiscoveryresponse_type;
#[cfg(feature = "application-discovery")]
pub use applicationdiscoveryresponse_type::ApplicationdiscoveryresponseType;

#[cfg(feature = "data-access-security")]
mod applicationitem;
#[cfg(feature = "data-access-security")]
pub use applicationitem::Applicationitem;

#[cfg(feature = "data-access-security")]
mod applicationtype;
#[cfg(feature = "data-access-security")]
pub use applicationtype::Applicationtype;

#[cfg(feature = "sod-violations")]
mod appliedcontrol;
#[cfg(feature = "sod-violations")]
pub use appliedcontrol::Appliedcontrol;

#[cfg(feature = "sod-violations")]
mod appliedcontrolcreate;
#[cfg(feature = "sod-violations")]
pub use appliedcontrolcreate::Appliedcontrolcreate;

#[cfg(feature = "sod-violations")]
mod appliedcontrolstatus;
#[cfg(feature = "sod-violations")]
pub use appliedcontrolstatus::Appliedcontrolstatus;

#[cfg(feature = "search")]
mod approval;
#[cfg(feature = "search")]
pub use approval::Approval;

#[cfg(feature = "approvals")]
mod approval2;
#[cfg(feature = "approvals")]
pub use approval2::Approval2;

#[cfg(feature = "approvals")]
mod approval2_approval_criteria;
#[cfg(feature = "approvals")]
pub use approval2_approval_criteria::Approval2ApprovalCriteria;

#[cfg(feature = "approvals")]
mod approval2_approval_criteria_approval;
#[cfg(feature = "approvals")]
pub use approval2_approval_criteria_approval::Approval2ApprovalCriteriaApproval;

#[cfg(feature = "approvals")]
mod approval2_approval_criteria_approval_calculation_type;
#[cfg(feature = "approvals")]
pub use approval2_approval_criteria_approval_calculation_type::Approval2ApprovalCriteriaApprovalCalculationType;

#[cfg(feature = "approvals")]
mod approval2_approval_criteria_rejection;
#[cfg(feature = "approvals")]
pub use approval2_approval_criteria_rejection::Approval2ApprovalCriteriaRejection;

#[cfg(feature = "approvals")]
mod approval2_approval_criteria_rejection_calculation_type;
#[cfg(feature = "approvals")]
pub use approval2_approval_criteria_rejection_calculation_type::Approval2ApprovalCriteriaRejectionCalculationType;

#[cfg(feature = "approvals")]
mod approval2_medium;
#[cfg(feature = "approvals")]
pub use approval2_medium::Approval2Medium;

#[cfg(feature = "approvals")]
mod approval2_priority;
#[cfg(feature = "approvals")]
pub use approval2_priority::Approval2Priority;

#[cfg(feature = "approvals")]
mod approvalapproverequest;
#[cfg(feature = "approvals")]
pub use approvalapproverequest::Approvalapproverequest;

#[cfg(feature = "approvals")]
mod approvalattributesrequest;
#[cfg(feature = "approvals")]
pub use approvalattributesrequest::Approvalattributesrequest;

#[cfg(feature = "approvals")]
mod approvalbatch;
#[cfg(feature = "approvals")]
pub use approvalbatch::Approvalbatch;

#[cfg(feature = "approvals")]
mod approvalcancelrequest;
#[cfg(feature = "approvals")]
pub use approvalcancelrequest::Approvalcancelrequest;

#[cfg(feature = "configuration-hub")]
mod approvalcomment;
#[cfg(feature = "configuration-hub")]
pub use approvalcomment::Approvalcomment;

#[cfg(feature = "search")]
mod approvalcomment2;
#[cfg(feature = "search")]
pub use approvalcomment2::Approvalcomment2;

#[cfg(feature = "approvals")]
mod approvalcomment3;
#[cfg(feature = "approvals")]
pub use approvalcomment3::Approvalcomment3;

#[cfg(feature = "configuration-hub")]
mod approvalcomment_changed_to_status;
#[cfg(feature = "configuration-hub")]
pub use approvalcomment_changed_to_status::ApprovalcommentChangedToStatus;

#[cfg(feature = "approvals")]
mod approvalcommentsrequest;
#[cfg(feature = "approvals")]
pub use approvalcommentsrequest::Approvalcommentsrequest;

#[cfg(feature = "approvals")]
mod approvalconfig;
#[cfg(feature = "approvals")]
pub use approvalconfig::Approvalconfig;

#[cfg(feature = "approvals")]
mod approvalconfig_auto_approve;
#[cfg(feature = "approvals")]
pub use approvalconfig_auto_approve::ApprovalconfigAutoApprove;

#[cfg(feature = "approvals")]
mod approvalconfig_cron_timezone;
#[cfg(feature = "approvals")]
pub use approvalconfig_cron_timezone::ApprovalconfigCronTimezone;

#[cfg(feature = "approvals")]
mod approvalconfig_escalation_config;
#[cfg(feature = "approvals")]
pub use approvalconfig_escalation_config::ApprovalconfigEscalationConfig;

#[cfg(feature = "approvals")]
mod approvalconfig_escalation_config_escalation_chain_inner;
#[cfg(feature = "approvals")]
pub use approvalconfig_escalation_config_escalation_chain_inner::ApprovalconfigEscalationConfigEscalationChainInner;

#[cfg(feature = "approvals")]
mod approvalconfig_escalation_config_escalation_chain_inner_identity_type;
#[cfg(feature = "approvals")]
pub use approvalconfig_escalation_config_escalation_chain_inner_identity_type::ApprovalconfigEscalationConfigEscalationChainInnerIdentityType;

#[cfg(feature = "approvals")]
mod approvalconfig_fallback_approver;
#[cfg(feature = "approvals")]
pub use approvalconfig_fallback_approver::ApprovalconfigFallbackApprover;

#[cfg(feature = "approvals")]
mod approvalconfig_fallback_approver_type;
#[cfg(feature = "approvals")]
pub use approvalconfig_fallback_approver_type::ApprovalconfigFallbackApproverType;

#[cfg(feature = "approvals")]
mod approvalconfig_machine_identity_manager_assignment;
#[cfg(feature = "approvals")]
pub use approvalconfig_machine_identity_manager_assignment::ApprovalconfigMachineIdentityManagerAssignment;

#[cfg(feature = "approvals")]
mod approvalconfig_reminder_config;
#[cfg(feature = "approvals")]
pub use approvalconfig_reminder_config::ApprovalconfigReminderConfig;

#[cfg(feature = "approvals")]
mod approvalconfig_requires_comment;
#[cfg(feature = "approvals")]
pub use approvalconfig_requires_comment::ApprovalconfigRequiresComment;

#[cfg(feature = "approvals")]
mod approvalconfig_serial_chain_inner;
#[cfg(feature = "approvals")]
pub use approvalconfig_serial_chain_inner::ApprovalconfigSerialChainInner;

#[cfg(feature = "approvals")]
mod approvalconfig_serial_chain_inner_identity_type;
#[cfg(feature = "approvals")]
pub use approvalconfig_serial_chain_inner_identity_type::ApprovalconfigSerialChainInnerIdentityType;

#[cfg(feature = "approvals")]
mod approvalconfig_timeout_config;
#[cfg(feature = "approvals")]
pub use approvalconfig_timeout_config::ApprovalconfigTimeoutConfig;

#[cfg(feature = "approvals")]
mod approvalconfig_timeout_config_timeout_result;
#[cfg(feature = "approvals")]
pub use approvalconfig_timeout_config_timeout_result::ApprovalconfigTimeoutConfigTimeoutResult;

#[cfg(feature = "approvals")]
mod approvaldescription;
#[cfg(feature = "approvals")]
pub use approvaldescription::Approvaldescription;

#[cfg(feature = "account-deletion-requests")]
mod approvaldetails;
#[cfg(feature = "account-deletion-requests")]
pub use approvaldetails::Approvaldetails;

#[cfg(feature = "access-request-approvals")]
mod approvalforwardhistory;
#[cfg(feature = "access-request-approvals")]
pub use approvalforwardhistory::Approvalforwardhistory;

#[cfg(feature = "approvals")]
mod approvalidentity;
#[cfg(feature = "approvals")]
pub use approvalidentity::Approvalidentity;

#[cfg(feature = "approvals")]
mod approvalidentity_members_inner;
#[cfg(feature = "approvals")]
pub use approvalidentity_members_inner::ApprovalidentityMembersInner;

#[cfg(feature = "approvals")]
mod approvalidentity_owner_of_inner;
#[cfg(feature = "approvals")]
pub use approvalidentity_owner_of_inner::ApprovalidentityOwnerOfInner;

#[cfg(feature = "approvals")]
mod approvalidentity_type;
#[cfg(feature = "approvals")]
pub use approvalidentity_type::ApprovalidentityType;

#[cfg(feature = "approvals")]
mod approvalidentityrecord;
#[cfg(feature = "approvals")]
pub use approvalidentityrecord::Approvalidentityrecord;

#[cfg(feature = "approvals")]
mod approvalidentityrecord_type;
#[cfg(feature = "approvals")]
pub use approvalidentityrecord_type::ApprovalidentityrecordType;

#[cfg(feature = "identity-history")]
mod approvalinforesponse;
#[cfg(feature = "identity-history")]
pub use approvalinforesponse::Approvalinforesponse;

#[cfg(feature = "work-items")]
mod approvalitemdetails;
#[cfg(feature = "work-items")]
pub use approvalitemdetails::Approvalitemdetails;

#[cfg(feature = "approvals")]
mod approvalname;
#[cfg(feature = "approvals")]
pub use approvalname::Approvalname;

#[cfg(feature = "approvals")]
mod approvalreassignmenthistory;
#[cfg(feature = "approvals")]
pub use approvalreassignmenthistory::Approvalreassignmenthistory;

#[cfg(feature = "approvals")]
mod approvalreassignmenthistory_reassignment_type;
#[cfg(feature = "approvals")]
pub use approvalreassignmenthistory_reassignment_type::ApprovalreassignmenthistoryReassignmentType;

#[cfg(feature = "approvals")]
mod approvalreassignrequest;
#[cfg(feature = "approvals")]
pub use approvalreassignrequest::Approvalreassignrequest;

#[cfg(feature = "approvals")]
mod approvalreference;
#[cfg(feature = "approvals")]
pub use approvalreference::Approvalreference;

#[cfg(feature = "approvals")]
mod approvalrejectrequest;
#[cfg(feature = "approvals")]
pub use approvalrejectrequest::Approvalrejectrequest;

#[cfg(feature = "access-requests")]
mod approvalreminderandescalationconfig;
#[cfg(feature = "access-requests")]
pub use approvalreminderandescalationconfig::Approvalreminderandescalationconfig;

#[cfg(feature = "approvals")]
mod approvalrequestedtarget;
#[cfg(feature = "approvals")]
pub use approvalrequestedtarget::Approvalrequestedtarget;

#[cfg(feature = "access-requests")]
mod approvalscheme;
#[cfg(feature = "access-requests")]
pub use approvalscheme::Approvalscheme;

#[cfg(feature = "roles")]
mod approvalschemeforrole;
#[cfg(feature = "roles")]
pub use approvalschemeforrole::Approvalschemeforrole;

#[cfg(feature = "roles")]
mod approvalschemeforrole_approver_type;
#[cfg(feature = "roles")]
pub use approvalschemeforrole_approver_type::ApprovalschemeforroleApproverType;

#[cfg(feature = "non-employee-lifecycle-management")]
mod approvalstatus;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use approvalstatus::Approvalstatus;

#[cfg(feature = "access-requests")]
mod approvalstatusdto;
#[cfg(feature = "access-requests")]
pub use approvalstatusdto::Approvalstatusdto;

#[cfg(feature = "access-requests")]
mod approvalstatusdto_original_owner;
#[cfg(feature = "access-requests")]
pub use approvalstatusdto_original_owner::ApprovalstatusdtoOriginalOwner;

#[cfg(feature = "access-requests")]
mod approvalstatusdto_original_owner_type;
#[cfg(feature = "access-requests")]
pub use approvalstatusdto_original_owner_type::ApprovalstatusdtoOriginalOwnerType;

#[cfg(feature = "access-request-approvals")]
mod approvalsummary;
#[cfg(feature = "access-request-approvals")]
pub use approvalsummary::Approvalsummary;

#[cfg(feature = "account-deletion-requests")]
mod approverdto;
#[cfg(feature = "account-deletion-requests")]
pub use approverdto::Approverdto;

#[cfg(feature = "account-deletion-requests")]
mod approverreference;
#[cfg(feature = "account-deletion-requests")]
pub use approverreference::Approverreference;

#[cfg(feature = "connector-rule-management")]
mod argument;
#[cfg(feature = "connector-rule-management")]
pub use argument::Argument;

#[cfg(feature = "identities")]
mod assignmentcontextdto;
#[cfg(feature = "identities")]
pub use assignmentcontextdto::Assignmentcontextdto;

#[cfg(feature = "data-access-security")]
mod assignresourceownerrequest;
#[cfg(feature = "data-access-security")]
pub use assignresourceownerrequest::Assignresourceownerrequest;

#[cfg(feature = "identity-history")]
mod attributechange;
#[cfg(feature = "identity-history")]
pub use attributechange::Attributechange;

#[cfg(feature = "sources")]
mod attributedefinition;
#[cfg(feature = "sources")]
pub use attributedefinition::Attributedefinition;

#[cfg(feature = "sources")]
mod attributedefinition_schema;
#[cfg(feature = "sources")]
pub use attributedefinition_schema::AttributedefinitionSchema;

#[cfg(feature = "sources")]
mod attributedefinition_schema_type;
#[cfg(feature = "sources")]
pub use attributedefinition_schema_type::AttributedefinitionSchemaType;

#[cfg(feature = "sources")]
mod attributedefinitiontype;
#[cfg(feature = "sources")]
pub use attributedefinitiontype::Attributedefinitiontype;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "dimensions",
        feature = "roles"
    )
)]
mod attributedto;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "dimensions",
        feature = "roles"
    )
)]
pub use attributedto::Attributedto;

#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
mod attributedtolist;
#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
pub use attributedtolist::Attributedtolist;

#[cfg(feature = "machine-account-mappings")]
mod attributemappings;
#[cfg(feature = "machine-account-mappings")]
pub use attributemappings::Attributemappings;

#[cfg(feature = "machine-account-mappings")]
mod attributemappings2;
#[cfg(feature = "machine-account-mappings")]
pub use attributemappings2::Attributemappings2;

#[cfg(feature = "machine-account-mappings")]
mod attributemappings2_target;
#[cfg(feature = "machine-account-mappings")]
pub use attributemappings2_target::Attributemappings2Target;

#[cfg(feature = "machine-account-mappings")]
mod attributemappings2_target_type;
#[cfg(feature = "machine-account-mappings")]
pub use attributemappings2_target_type::Attributemappings2TargetType;

#[cfg(feature = "machine-account-mappings")]
mod attributemappings2_transform_definition;
#[cfg(feature = "machine-account-mappings")]
pub use attributemappings2_transform_definition::Attributemappings2TransformDefinition;

#[cfg(feature = "machine-account-mappings")]
mod attributemappings2_transform_definition_attributes;
#[cfg(feature = "machine-account-mappings")]
pub use attributemappings2_transform_definition_attributes::Attributemappings2TransformDefinitionAttributes;

#[cfg(feature = "machine-account-mappings")]
mod attributemappings2_transform_definition_attributes_input;
#[cfg(feature = "machine-account-mappings")]
pub use attributemappings2_transform_definition_attributes_input::Attributemappings2TransformDefinitionAttributesInput;

#[cfg(feature = "machine-account-mappings")]
mod attributemappings2_transform_definition_attributes_input_attributes;
#[cfg(feature = "machine-account-mappings")]
pub use attributemappings2_transform_definition_attributes_input_attributes::Attributemappings2TransformDefinitionAttributesInputAttributes;

#[cfg(feature = "search")]
mod attributerequest;
#[cfg(feature = "search")]
pub use attributerequest::Attributerequest;

#[cfg(feature = "search")]
mod attributerequest_value;
#[cfg(feature = "search")]
pub use attributerequest_value::AttributerequestValue;

#[cfg(feature = "identity-history")]
mod attributeschanged;
#[cfg(feature = "identity-history")]
pub use attributeschanged::Attributeschanged;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "dimensions",
        feature = "roles"
    )
)]
mod attributevaluedto;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "dimensions",
        feature = "roles"
    )
)]
pub use attributevaluedto::Attributevaluedto;

#[cfg(feature = "sources")]
mod attrsyncsource;
#[cfg(feature = "sources")]
pub use attrsyncsource::Attrsyncsource;

#[cfg(feature = "sources")]
mod attrsyncsource_type;
#[cfg(feature = "sources")]
pub use attrsyncsource_type::AttrsyncsourceType;

#[cfg(feature = "sources")]
mod attrsyncsourceattributeconfig;
#[cfg(feature = "sources")]
pub use attrsyncsourceattributeconfig::Attrsyncsourceattributeconfig;

#[cfg(feature = "sources")]
mod attrsyncsourceconfig;
#[cfg(feature = "sources")]
pub use attrsyncsourceconfig::Attrsyncsourceconfig;

#[cfg(feature = "work-reassignment")]
mod auditdetails;
#[cfg(feature = "work-reassignment")]
pub use auditdetails::Auditdetails;

#[cfg(feature = "shared-signals-framework-ssf")]
mod authorizationscheme;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use authorizationscheme::Authorizationscheme;

#[cfg(feature = "auth-profile")]
mod authprofile;
#[cfg(feature = "auth-profile")]
pub use authprofile::Authprofile;

#[cfg(feature = "auth-profile")]
mod authprofile_type;
#[cfg(feature = "auth-profile")]
pub use authprofile_type::AuthprofileType;

#[cfg(feature = "auth-profile")]
mod authprofilesummary;
#[cfg(feature = "auth-profile")]
pub use authprofilesummary::Authprofilesummary;

#[cfg(feature = "auth-users")]
mod authuser;
#[cfg(feature = "auth-users")]
pub use authuser::Authuser;

#[cfg(feature = "auth-users")]
mod authuser_capabilities_inner;
#[cfg(feature = "auth-users")]
pub use authuser_capabilities_inner::AuthuserCapabilitiesInner;

#[cfg(feature = "custom-user-levels")]
mod authuserlevelsidentitycount;
#[cfg(feature = "custom-user-levels")]
pub use authuserlevelsidentitycount::Authuserlevelsidentitycount;

#[cfg(feature = "custom-user-levels")]
mod authuserslimresponse;
#[cfg(feature = "custom-user-levels")]
pub use authuserslimresponse::Authuserslimresponse;

#[cfg(feature = "suggested-entitlement-description")]
mod autowritesetting;
#[cfg(feature = "suggested-entitlement-description")]
pub use autowritesetting::Autowritesetting;

#[cfg(feature = "suggested-entitlement-description")]
mod autowritesettingpatch;
#[cfg(feature = "suggested-entitlement-description")]
pub use autowritesettingpatch::Autowritesettingpatch;

#[cfg(feature = "suggested-entitlement-description")]
mod autowritesettingpatch_op;
#[cfg(feature = "suggested-entitlement-description")]
pub use autowritesettingpatch_op::AutowritesettingpatchOp;

#[cfg(feature = "suggested-entitlement-description")]
mod autowritesettingpatch_value;
#[cfg(feature = "suggested-entitlement-description")]
pub use autowritesettingpatch_value::AutowritesettingpatchValue;

#[cfg(feature = "suggested-entitlement-description")]
mod autowritesettingresponse;
#[cfg(feature = "suggested-entitlement-description")]
pub use autowritesettingresponse::Autowritesettingresponse;

#[cfg(feature = "configuration-hub")]
mod backupoptions;
#[cfg(feature = "configuration-hub")]
pub use backupoptions::Backupoptions;

#[cfg(feature = "configuration-hub")]
mod backupoptions_include_types_inner;
#[cfg(feature = "configuration-hub")]
pub use backupoptions_include_types_inner::BackupoptionsIncludeTypesInner;

#[cfg(feature = "configuration-hub")]
mod backupresponse;
#[cfg(feature = "configuration-hub")]
pub use backupresponse::Backupresponse;

#[cfg(feature = "configuration-hub")]
mod backupresponse_backup_type;
#[cfg(feature = "configuration-hub")]
pub use backupresponse_backup_type::BackupresponseBackupType;

#[cfg(feature = "configuration-hub")]
mod backupresponse_cloud_storage_status;
#[cfg(feature = "configuration-hub")]
pub use backupresponse_cloud_storage_status::BackupresponseCloudStorageStatus;

#[cfg(feature = "configuration-hub")]
mod backupresponse_hydration_status;
#[cfg(feature = "configuration-hub")]
pub use backupresponse_hydration_status::BackupresponseHydrationStatus;

#[cfg(feature = "configuration-hub")]
mod backupresponse_status;
#[cfg(feature = "configuration-hub")]
pub use backupresponse_status::BackupresponseStatus;

#[cfg(feature = "configuration-hub")]
mod backupresponse_type;
#[cfg(feature = "configuration-hub")]
pub use backupresponse_type::BackupresponseType;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod base64decode;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use base64decode::Base64decode;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod base64encode;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use base64encode::Base64encode;

#[cfg(feature = "unreferenced-schemas")]
mod baseaccess;
#[cfg(feature = "unreferenced-schemas")]
pub use baseaccess::Baseaccess;

#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
mod baseaccess_owner;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
pub use baseaccess_owner::BaseaccessOwner;

#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
mod baseaccess_owner_type;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
pub use baseaccess_owner_type::BaseaccessOwnerType;

#[cfg(feature = "search")]
mod baseaccessprofile;
#[cfg(feature = "search")]
pub use baseaccessprofile::Baseaccessprofile;

#[cfg(feature = "search")]
mod baseaccount;
#[cfg(feature = "search")]
pub use baseaccount::Baseaccount;

#[cfg(feature = "unreferenced-schemas")]
mod basecommondto;
#[cfg(feature = "unreferenced-schemas")]
pub use basecommondto::Basecommondto;

#[cfg(feature = "data-access-security")]
mod basecreateapplicationrequest;
#[cfg(feature = "data-access-security")]
pub use basecreateapplicationrequest::Basecreateapplicationrequest;

#[cfg(feature = "unreferenced-schemas")]
mod basedocument;
#[cfg(feature = "unreferenced-schemas")]
pub use basedocument::Basedocument;

#[cfg(feature = "search")]
mod baseentitlement;
#[cfg(feature = "search")]
pub use baseentitlement::Baseentitlement;

#[cfg(
    any(
        feature = "account-deletion-requests",
        feature = "accounts",
        feature = "apps",
        feature = "business-applications",
        feature = "identities",
        feature = "machine-account-creation-request",
        feature = "machine-identities",
        feature = "sources",
        feature = "unreferenced-schemas"
    )
)]
mod basereferencedto;
#[cfg(
    any(
        feature = "account-deletion-requests",
        feature = "accounts",
        feature = "apps",
        feature = "business-applications",
        feature = "identities",
        feature = "machine-account-creation-request",
        feature = "machine-identities",
        feature = "sources",
        feature = "unreferenced-schemas"
    )
)]
pub use basereferencedto::Basereferencedto;

#[cfg(feature = "search")]
mod basesegment;
#[cfg(feature = "search")]
pub use basesegment::Basesegment;

#[cfg(feature = "unreferenced-schemas")]
mod basesettings;
#[cfg(feature = "unreferenced-schemas")]
pub use basesettings::Basesettings;

#[cfg(feature = "triggers")]
mod basicauthconfig;
#[cfg(feature = "triggers")]
pub use basicauthconfig::Basicauthconfig;

#[cfg(feature = "triggers")]
mod bearertokenauthconfig;
#[cfg(feature = "triggers")]
pub use bearertokenauthconfig::Bearertokenauthconfig;

#[cfg(feature = "service-desk-integration")]
mod beforeprovisioningruledto;
#[cfg(feature = "service-desk-integration")]
pub use beforeprovisioningruledto::Beforeprovisioningruledto;

#[cfg(feature = "service-desk-integration")]
mod beforeprovisioningruledto_type;
#[cfg(feature = "service-desk-integration")]
pub use beforeprovisioningruledto_type::BeforeprovisioningruledtoType;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "saved-search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod bound;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "saved-search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
pub use bound::Bound;

#[cfg(feature = "branding")]
mod brandingitem;
#[cfg(feature = "branding")]
pub use brandingitem::Brandingitem;

#[cfg(feature = "branding")]
mod brandingitemcreate;
#[cfg(feature = "branding")]
pub use brandingitemcreate::Brandingitemcreate;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod bucketaggregation;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use bucketaggregation::Bucketaggregation;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod buckettype;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use buckettype::Buckettype;

#[cfg(feature = "tagged-objects")]
mod bulkaddtaggedobject;
#[cfg(feature = "tagged-objects")]
pub use bulkaddtaggedobject::Bulkaddtaggedobject;

#[cfg(feature = "tagged-objects")]
mod bulkaddtaggedobject_operation;
#[cfg(feature = "tagged-objects")]
pub use bulkaddtaggedobject_operation::BulkaddtaggedobjectOperation;

#[cfg(feature = "access-requests")]
mod bulkapproveaccessrequest;
#[cfg(feature = "access-requests")]
pub use bulkapproveaccessrequest::Bulkapproveaccessrequest;

#[cfg(feature = "suggested-entitlement-description")]
mod bulkapproveentitlementrecommendationitem;
#[cfg(feature = "suggested-entitlement-description")]
pub use bulkapproveentitlementrecommendationitem::Bulkapproveentitlementrecommendationitem;

#[cfg(feature = "suggested-entitlement-description")]
mod bulkapproveentitlementrecommendationitem_record_type;
#[cfg(feature = "suggested-entitlement-description")]
pub use bulkapproveentitlementrecommendationitem_record_type::BulkapproveentitlementrecommendationitemRecordType;

#[cfg(feature = "suggested-entitlement-description")]
mod bulkapproveentitlementrecommendationrequest;
#[cfg(feature = "suggested-entitlement-description")]
pub use bulkapproveentitlementrecommendationrequest::Bulkapproveentitlementrecommendationrequest;

#[cfg(feature = "suggested-entitlement-description")]
mod bulkapproveentitlementrecommendationresult;
#[cfg(feature = "suggested-entitlement-description")]
pub use bulkapproveentitlementrecommendationresult::Bulkapproveentitlementrecommendationresult;

#[cfg(feature = "suggested-entitlement-description")]
mod bulkapproveentitlementrecommendationresult_status;
#[cfg(feature = "suggested-entitlement-description")]
pub use bulkapproveentitlementrecommendationresult_status::BulkapproveentitlementrecommendationresultStatus;

#[cfg(feature = "approvals")]
mod bulkapproverequestdto;
#[cfg(feature = "approvals")]
pub use bulkapproverequestdto::Bulkapproverequestdto;

#[cfg(feature = "access-requests")]
mod bulkcancelaccessrequest;
#[cfg(feature = "access-requests")]
pub use bulkcancelaccessrequest::Bulkcancelaccessrequest;

#[cfg(feature = "approvals")]
mod bulkcancelrequestdto;
#[cfg(feature = "approvals")]
pub use bulkcancelrequestdto::Bulkcancelrequestdto;

#[cfg(feature = "accounts")]
mod bulkidentitiesaccountsresponse;
#[cfg(feature = "accounts")]
pub use bulkidentitiesaccountsresponse::Bulkidentitiesaccountsresponse;

#[cfg(feature = "approvals")]
mod bulkreassignrequestdto;
#[cfg(feature = "approvals")]
pub use bulkreassignrequestdto::Bulkreassignrequestdto;

#[cfg(feature = "approvals")]
mod bulkrejectrequestdto;
#[cfg(feature = "approvals")]
pub use bulkrejectrequestdto::Bulkrejectrequestdto;

#[cfg(feature = "tagged-objects")]
mod bulkremovetaggedobject;
#[cfg(feature = "tagged-objects")]
pub use bulkremovetaggedobject::Bulkremovetaggedobject;

#[cfg(feature = "machine-account-subtypes")]
mod bulkretrievesourcesubtypesrequest;
#[cfg(feature = "machine-account-subtypes")]
pub use bulkretrievesourcesubtypesrequest::Bulkretrievesourcesubtypesrequest;

#[cfg(feature = "tagged-objects")]
mod bulktaggedobjectresponse;
#[cfg(feature = "tagged-objects")]
pub use bulktaggedobjectresponse::Bulktaggedobjectresponse;

#[cfg(feature = "access-model-metadata")]
mod bulkupdateammkeyvalue;
#[cfg(feature = "access-model-metadata")]
pub use bulkupdateammkeyvalue::Bulkupdateammkeyvalue;

#[cfg(feature = "access-model-metadata")]
mod bulkupdateammkeyvalue_inner;
#[cfg(feature = "access-model-metadata")]
pub use bulkupdateammkeyvalue_inner::BulkupdateammkeyvalueInner;

#[cfg(feature = "governance-groups")]
mod bulkworkgroupmembersrequest;
#[cfg(feature = "governance-groups")]
pub use bulkworkgroupmembersrequest::Bulkworkgroupmembersrequest;

#[cfg(feature = "governance-groups")]
mod bulkworkgroupmembersrequest_inner;
#[cfg(feature = "governance-groups")]
pub use bulkworkgroupmembersrequest_inner::BulkworkgroupmembersrequestInner;

#[cfg(feature = "governance-groups")]
mod bulkworkgroupmembersrequest_inner_type;
#[cfg(feature = "governance-groups")]
pub use bulkworkgroupmembersrequest_inner_type::BulkworkgroupmembersrequestInnerType;

#[cfg(feature = "business-applications")]
mod businessapplication;
#[cfg(feature = "business-applications")]
pub use businessapplication::Businessapplication;

#[cfg(feature = "business-applications")]
mod businessapplicationorigin;
#[cfg(feature = "business-applications")]
pub use businessapplicationorigin::Businessapplicationorigin;

#[cfg(feature = "machine-identities")]
mod businessapplicationref;
#[cfg(feature = "machine-identities")]
pub use businessapplicationref::Businessapplicationref;

#[cfg(feature = "machine-identities")]
mod businessapplicationref_type;
#[cfg(feature = "machine-identities")]
pub use businessapplicationref_type::BusinessapplicationrefType;

#[cfg(feature = "business-applications")]
mod businessapplicationsignature;
#[cfg(feature = "business-applications")]
pub use businessapplicationsignature::Businessapplicationsignature;

#[cfg(feature = "business-applications")]
mod businessapplicationsignature_type;
#[cfg(feature = "business-applications")]
pub use businessapplicationsignature_type::BusinessapplicationsignatureType;

#[cfg(feature = "data-access-security")]
mod businessservicetype;
#[cfg(feature = "data-access-security")]
pub use businessservicetype::Businessservicetype;

#[cfg(feature = "certification-campaigns")]
mod campaign2;
#[cfg(feature = "certification-campaigns")]
pub use campaign2::Campaign2;

#[cfg(feature = "certification-campaigns")]
mod campaign2_filter;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_filter::Campaign2Filter;

#[cfg(feature = "certification-campaigns")]
mod campaign2_filter_type;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_filter_type::Campaign2FilterType;

#[cfg(feature = "certification-campaigns")]
mod campaign2_machine_account_campaign_info;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_machine_account_campaign_info::Campaign2MachineAccountCampaignInfo;

#[cfg(feature = "certification-campaigns")]
mod campaign2_machine_account_campaign_info_reviewer_type;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_machine_account_campaign_info_reviewer_type::Campaign2MachineAccountCampaignInfoReviewerType;

#[cfg(feature = "certification-campaigns")]
mod campaign2_mandatory_comment_requirement;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_mandatory_comment_requirement::Campaign2MandatoryCommentRequirement;

#[cfg(feature = "certification-campaigns")]
mod campaign2_role_composition_campaign_info;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_role_composition_campaign_info::Campaign2RoleCompositionCampaignInfo;

#[cfg(feature = "certification-campaigns")]
mod campaign2_role_composition_campaign_info_remediator_ref;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_role_composition_campaign_info_remediator_ref::Campaign2RoleCompositionCampaignInfoRemediatorRef;

#[cfg(feature = "certification-campaigns")]
mod campaign2_role_composition_campaign_info_remediator_ref_type;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_role_composition_campaign_info_remediator_ref_type::Campaign2RoleCompositionCampaignInfoRemediatorRefType;

#[cfg(feature = "certification-campaigns")]
mod campaign2_role_composition_campaign_info_reviewer;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_role_composition_campaign_info_reviewer::Campaign2RoleCompositionCampaignInfoReviewer;

#[cfg(feature = "certification-campaigns")]
mod campaign2_role_composition_campaign_info_reviewer_type;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_role_composition_campaign_info_reviewer_type::Campaign2RoleCompositionCampaignInfoReviewerType;

#[cfg(feature = "certification-campaigns")]
mod campaign2_search_campaign_info;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_search_campaign_info::Campaign2SearchCampaignInfo;

#[cfg(feature = "certification-campaigns")]
mod campaign2_search_campaign_info_reviewer;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_search_campaign_info_reviewer::Campaign2SearchCampaignInfoReviewer;

#[cfg(feature = "certification-campaigns")]
mod campaign2_search_campaign_info_reviewer_type;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_search_campaign_info_reviewer_type::Campaign2SearchCampaignInfoReviewerType;

#[cfg(feature = "certification-campaigns")]
mod campaign2_search_campaign_info_type;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_search_campaign_info_type::Campaign2SearchCampaignInfoType;

#[cfg(feature = "certification-campaigns")]
mod campaign2_source_owner_campaign_info;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_source_owner_campaign_info::Campaign2SourceOwnerCampaignInfo;

#[cfg(feature = "certification-campaigns")]
mod campaign2_sources_with_orphan_entitlements_inner;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_sources_with_orphan_entitlements_inner::Campaign2SourcesWithOrphanEntitlementsInner;

#[cfg(feature = "certification-campaigns")]
mod campaign2_sources_with_orphan_entitlements_inner_type;
#[cfg(feature = "certification-campaigns")]
pub use campaign2_sources_with_orphan_entitlements_inner_type::Campaign2SourcesWithOrphanEntitlementsInnerType;

#[cfg(feature = "triggers")]
mod campaignactivated;
#[cfg(feature = "triggers")]
pub use campaignactivated::Campaignactivated;

#[cfg(feature = "triggers")]
mod campaignactivated_campaign;
#[cfg(feature = "triggers")]
pub use campaignactivated_campaign::CampaignactivatedCampaign;

#[cfg(feature = "triggers")]
mod campaignactivated_campaign_campaign_owner;
#[cfg(feature = "triggers")]
pub use campaignactivated_campaign_campaign_owner::CampaignactivatedCampaignCampaignOwner;

#[cfg(feature = "triggers")]
mod campaignactivated_campaign_status;
#[cfg(feature = "triggers")]
pub use campaignactivated_campaign_status::CampaignactivatedCampaignStatus;

#[cfg(feature = "triggers")]
mod campaignactivated_campaign_type;
#[cfg(feature = "triggers")]
pub use campaignactivated_campaign_type::CampaignactivatedCampaignType;

#[cfg(feature = "certification-campaigns")]
mod campaignalert;
#[cfg(feature = "certification-campaigns")]
pub use campaignalert::Campaignalert;

#[cfg(feature = "certification-campaigns")]
mod campaignalert_level;
#[cfg(feature = "certification-campaigns")]
pub use campaignalert_level::CampaignalertLevel;

#[cfg(feature = "certification-campaigns")]
mod campaigncompleteoptions;
#[cfg(feature = "certification-campaigns")]
pub use campaigncompleteoptions::Campaigncompleteoptions;

#[cfg(feature = "certification-campaigns")]
mod campaigncompleteoptions_auto_complete_action;
#[cfg(feature = "certification-campaigns")]
pub use campaigncompleteoptions_auto_complete_action::CampaigncompleteoptionsAutoCompleteAction;

#[cfg(feature = "triggers")]
mod campaignended;
#[cfg(feature = "triggers")]
pub use campaignended::Campaignended;

#[cfg(feature = "triggers")]
mod campaignended_campaign;
#[cfg(feature = "triggers")]
pub use campaignended_campaign::CampaignendedCampaign;

#[cfg(feature = "triggers")]
mod campaignended_campaign_campaign_owner;
#[cfg(feature = "triggers")]
pub use campaignended_campaign_campaign_owner::CampaignendedCampaignCampaignOwner;

#[cfg(feature = "triggers")]
mod campaignended_campaign_status;
#[cfg(feature = "triggers")]
pub use campaignended_campaign_status::CampaignendedCampaignStatus;

#[cfg(feature = "triggers")]
mod campaignended_campaign_type;
#[cfg(feature = "triggers")]
pub use campaignended_campaign_type::CampaignendedCampaignType;

#[cfg(feature = "certification-campaign-filters")]
mod campaignfilterdetails;
#[cfg(feature = "certification-campaign-filters")]
pub use campaignfilterdetails::Campaignfilterdetails;

#[cfg(feature = "certification-campaign-filters")]
mod campaignfilterdetails_criteria_list_inner;
#[cfg(feature = "certification-campaign-filters")]
pub use campaignfilterdetails_criteria_list_inner::CampaignfilterdetailsCriteriaListInner;

#[cfg(feature = "certification-campaign-filters")]
mod campaignfilterdetails_mode;
#[cfg(feature = "certification-campaign-filters")]
pub use campaignfilterdetails_mode::CampaignfilterdetailsMode;

#[cfg(feature = "triggers")]
mod campaigngenerated;
#[cfg(feature = "triggers")]
pub use campaigngenerated::Campaigngenerated;

#[cfg(feature = "triggers")]
mod campaigngenerated_campaign;
#[cfg(feature = "triggers")]
pub use campaigngenerated_campaign::CampaigngeneratedCampaign;

#[cfg(feature = "triggers")]
mod campaigngenerated_campaign_campaign_owner;
#[cfg(feature = "triggers")]
pub use campaigngenerated_campaign_campaign_owner::CampaigngeneratedCampaignCampaignOwner;

#[cfg(feature = "triggers")]
mod campaigngenerated_campaign_status;
#[cfg(feature = "triggers")]
pub use campaigngenerated_campaign_status::CampaigngeneratedCampaignStatus;

#[cfg(feature = "triggers")]
mod campaigngenerated_campaign_type;
#[cfg(feature = "triggers")]
pub use campaigngenerated_campaign_type::CampaigngeneratedCampaignType;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
mod campaignreference;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
pub use campaignreference::Campaignreference;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
mod campaignreference_campaign_type;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
pub use campaignreference_campaign_type::CampaignreferenceCampaignType;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
mod campaignreference_correlated_status;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
pub use campaignreference_correlated_status::CampaignreferenceCorrelatedStatus;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
mod campaignreference_mandatory_comment_requirement;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
pub use campaignreference_mandatory_comment_requirement::CampaignreferenceMandatoryCommentRequirement;

#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
mod campaignreference_type;
#[cfg(
    any(
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "unreferenced-schemas"
    )
)]
pub use campaignreference_type::CampaignreferenceType;

#[cfg(feature = "certification-campaigns")]
mod campaignreport;
#[cfg(feature = "certification-campaigns")]
pub use campaignreport::Campaignreport;

#[cfg(feature = "certification-campaigns")]
mod campaignreportsconfig;
#[cfg(feature = "certification-campaigns")]
pub use campaignreportsconfig::Campaignreportsconfig;

#[cfg(feature = "certification-campaigns")]
mod campaignsdeleterequest;
#[cfg(feature = "certification-campaigns")]
pub use campaignsdeleterequest::Campaignsdeleterequest;

#[cfg(feature = "certification-campaigns")]
mod campaigntemplate;
#[cfg(feature = "certification-campaigns")]
pub use campaigntemplate::Campaigntemplate;

#[cfg(feature = "certification-campaigns")]
mod campaigntemplate_owner_ref;
#[cfg(feature = "certification-campaigns")]
pub use campaigntemplate_owner_ref::CampaigntemplateOwnerRef;

#[cfg(feature = "certification-campaigns")]
mod campaigntemplate_owner_ref_type;
#[cfg(feature = "certification-campaigns")]
pub use campaigntemplate_owner_ref_type::CampaigntemplateOwnerRefType;

#[cfg(feature = "access-requests")]
mod cancelaccessrequest;
#[cfg(feature = "access-requests")]
pub use cancelaccessrequest::Cancelaccessrequest;

#[cfg(feature = "access-requests")]
mod cancelledrequestdetails;
#[cfg(feature = "access-requests")]
pub use cancelledrequestdetails::Cancelledrequestdetails;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod cancellifecycleactionrequest;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use cancellifecycleactionrequest::Cancellifecycleactionrequest;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod cancellifecycleactionresponse;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use cancellifecycleactionresponse::Cancellifecycleactionresponse;

#[cfg(feature = "notifications")]
mod ccbccpreferenceentry;
#[cfg(feature = "notifications")]
pub use ccbccpreferenceentry::Ccbccpreferenceentry;

#[cfg(feature = "notifications")]
mod ccbccrecipienttype;
#[cfg(feature = "notifications")]
pub use ccbccrecipienttype::Ccbccrecipienttype;

#[cfg(feature = "certifications")]
mod certificationdecision;
#[cfg(feature = "certifications")]
pub use certificationdecision::Certificationdecision;

#[cfg(feature = "unreferenced-schemas")]
mod certificationdto;
#[cfg(feature = "unreferenced-schemas")]
pub use certificationdto::Certificationdto;

#[cfg(feature = "certification-summaries")]
mod certificationidentitysummary;
#[cfg(feature = "certification-summaries")]
pub use certificationidentitysummary::Certificationidentitysummary;

#[cfg(feature = "certifications")]
mod certificationphase;
#[cfg(feature = "certifications")]
pub use certificationphase::Certificationphase;

#[cfg(feature = "certifications")]
mod certificationreference;
#[cfg(feature = "certifications")]
pub use certificationreference::Certificationreference;

#[cfg(feature = "certifications")]
mod certificationreference_type;
#[cfg(feature = "certifications")]
pub use certificationreference_type::CertificationreferenceType;

#[cfg(feature = "certifications")]
mod certifications_accesssummary;
#[cfg(feature = "certifications")]
pub use certifications_accesssummary::CertificationsAccesssummary;

#[cfg(feature = "certifications")]
mod certifications_accesssummary_access;
#[cfg(feature = "certifications")]
pub use certifications_accesssummary_access::CertificationsAccesssummaryAccess;

#[cfg(feature = "certifications")]
mod certifications_activityinsights;
#[cfg(feature = "certifications")]
pub use certifications_activityinsights::CertificationsActivityinsights;

#[cfg(feature = "certifications")]
mod certifications_activityinsights_usage_days_state;
#[cfg(feature = "certifications")]
pub use certifications_activityinsights_usage_days_state::CertificationsActivityinsightsUsageDaysState;

#[cfg(feature = "certifications")]
mod certifications_certificationidentitysummary;
#[cfg(feature = "certifications")]
pub use certifications_certificationidentitysummary::CertificationsCertificationidentitysummary;

#[cfg(feature = "certifications")]
mod certifications_certificationtask;
#[cfg(feature = "certifications")]
pub use certifications_certificationtask::CertificationsCertificationtask;

#[cfg(feature = "certifications")]
mod certifications_certificationtask_status;
#[cfg(feature = "certifications")]
pub use certifications_certificationtask_status::CertificationsCertificationtaskStatus;

#[cfg(feature = "certifications")]
mod certifications_certificationtask_target_type;
#[cfg(feature = "certifications")]
pub use certifications_certificationtask_target_type::CertificationsCertificationtaskTargetType;

#[cfg(feature = "certifications")]
mod certifications_certificationtask_type;
#[cfg(feature = "certifications")]
pub use certifications_certificationtask_type::CertificationsCertificationtaskType;

#[cfg(feature = "certifications")]
mod certifications_dataaccess;
#[cfg(feature = "certifications")]
pub use certifications_dataaccess::CertificationsDataaccess;

#[cfg(feature = "certifications")]
mod certifications_dataaccess_categories_inner;
#[cfg(feature = "certifications")]
pub use certifications_dataaccess_categories_inner::CertificationsDataaccessCategoriesInner;

#[cfg(feature = "certifications")]
mod certifications_dataaccess_impact_score;
#[cfg(feature = "certifications")]
pub use certifications_dataaccess_impact_score::CertificationsDataaccessImpactScore;

#[cfg(feature = "certifications")]
mod certifications_dataaccess_policies_inner;
#[cfg(feature = "certifications")]
pub use certifications_dataaccess_policies_inner::CertificationsDataaccessPoliciesInner;

#[cfg(feature = "certifications")]
mod certifications_reassignmenttraildto;
#[cfg(feature = "certifications")]
pub use certifications_reassignmenttraildto::CertificationsReassignmenttraildto;

#[cfg(feature = "certifications")]
mod certifications_reassignmenttraildtolist;
#[cfg(feature = "certifications")]
pub use certifications_reassignmenttraildtolist::CertificationsReassignmenttraildtolist;

#[cfg(feature = "certifications")]
mod certifications_reviewableaccessprofile;
#[cfg(feature = "certifications")]
pub use certifications_reviewableaccessprofile::CertificationsReviewableaccessprofile;

#[cfg(feature = "certifications")]
mod certifications_reviewableentitlement;
#[cfg(feature = "certifications")]
pub use certifications_reviewableentitlement::CertificationsReviewableentitlement;

#[cfg(feature = "certifications")]
mod certifications_reviewableentitlement_account;
#[cfg(feature = "certifications")]
pub use certifications_reviewableentitlement_account::CertificationsReviewableentitlementAccount;

#[cfg(feature = "certifications")]
mod certifications_reviewableentitlement_account_owner;
#[cfg(feature = "certifications")]
pub use certifications_reviewableentitlement_account_owner::CertificationsReviewableentitlementAccountOwner;

#[cfg(feature = "certifications")]
mod certifications_reviewableentitlement_account_owner_type;
#[cfg(feature = "certifications")]
pub use certifications_reviewableentitlement_account_owner_type::CertificationsReviewableentitlementAccountOwnerType;

#[cfg(feature = "certifications")]
mod certifications_reviewablerole;
#[cfg(feature = "certifications")]
pub use certifications_reviewablerole::CertificationsReviewablerole;

#[cfg(feature = "triggers")]
mod certificationsignedoff;
#[cfg(feature = "triggers")]
pub use certificationsignedoff::Certificationsignedoff;

#[cfg(feature = "triggers")]
mod certificationsignedoff_certification;
#[cfg(feature = "triggers")]
pub use certificationsignedoff_certification::CertificationsignedoffCertification;

#[cfg(feature = "certification-campaigns")]
mod certificationtask;
#[cfg(feature = "certification-campaigns")]
pub use certificationtask::Certificationtask;

#[cfg(feature = "certification-campaigns")]
mod certificationtask_status;
#[cfg(feature = "certification-campaigns")]
pub use certificationtask_status::CertificationtaskStatus;

#[cfg(feature = "certification-campaigns")]
mod certificationtask_target_type;
#[cfg(feature = "certification-campaigns")]
pub use certificationtask_target_type::CertificationtaskTargetType;

#[cfg(feature = "certification-campaigns")]
mod certificationtask_type;
#[cfg(feature = "certification-campaigns")]
pub use certificationtask_type::CertificationtaskType;

#[cfg(feature = "identity-history")]
mod certifierresponse;
#[cfg(feature = "identity-history")]
pub use certifierresponse::Certifierresponse;

#[cfg(feature = "managed-clusters")]
mod clientlogconfiguration;
#[cfg(feature = "managed-clusters")]
pub use clientlogconfiguration::Clientlogconfiguration;

#[cfg(feature = "managed-clusters")]
mod clientlogconfigurationdurationminutes;
#[cfg(feature = "managed-clusters")]
pub use clientlogconfigurationdurationminutes::Clientlogconfigurationdurationminutes;

#[cfg(feature = "managed-clusters")]
mod clientlogconfigurationexpiration;
#[cfg(feature = "managed-clusters")]
pub use clientlogconfigurationexpiration::Clientlogconfigurationexpiration;

#[cfg(feature = "o-auth-clients")]
mod clienttype;
#[cfg(feature = "o-auth-clients")]
pub use clienttype::Clienttype;

#[cfg(feature = "access-requests")]
mod closeaccessrequest;
#[cfg(feature = "access-requests")]
pub use closeaccessrequest::Closeaccessrequest;

#[cfg(feature = "access-requests")]
mod closeaccessrequest_completion_status;
#[cfg(feature = "access-requests")]
pub use closeaccessrequest_completion_status::CloseaccessrequestCompletionStatus;

#[cfg(feature = "access-requests")]
mod closeaccessrequest_execution_status;
#[cfg(feature = "access-requests")]
pub use closeaccessrequest_execution_status::CloseaccessrequestExecutionStatus;

#[cfg(feature = "managed-clusters")]
mod clustermanualupgrade;
#[cfg(feature = "managed-clusters")]
pub use clustermanualupgrade::Clustermanualupgrade;

#[cfg(feature = "managed-clusters")]
mod clustermanualupgrade_jobs_inner;
#[cfg(feature = "managed-clusters")]
pub use clustermanualupgrade_jobs_inner::ClustermanualupgradeJobsInner;

#[cfg(feature = "managed-clusters")]
mod clustermanualupgrade_jobs_inner_managed_process_configuration;
#[cfg(feature = "managed-clusters")]
pub use clustermanualupgrade_jobs_inner_managed_process_configuration::ClustermanualupgradeJobsInnerManagedProcessConfiguration;

#[cfg(feature = "managed-clusters")]
mod clustermanualupgrade_jobs_inner_managed_process_configuration_ccg;
#[cfg(feature = "managed-clusters")]
pub use clustermanualupgrade_jobs_inner_managed_process_configuration_ccg::ClustermanualupgradeJobsInnerManagedProcessConfigurationCcg;

#[cfg(feature = "managed-clusters")]
mod clustermanualupgrade_jobs_inner_managed_process_configuration_charon;
#[cfg(feature = "managed-clusters")]
pub use clustermanualupgrade_jobs_inner_managed_process_configuration_charon::ClustermanualupgradeJobsInnerManagedProcessConfigurationCharon;

#[cfg(feature = "managed-clusters")]
mod clustermanualupgrade_jobs_inner_managed_process_configuration_otel_agent;
#[cfg(feature = "managed-clusters")]
pub use clustermanualupgrade_jobs_inner_managed_process_configuration_otel_agent::ClustermanualupgradeJobsInnerManagedProcessConfigurationOtelAgent;

#[cfg(feature = "managed-clusters")]
mod clustermanualupgrade_jobs_inner_managed_process_configuration_relay;
#[cfg(feature = "managed-clusters")]
pub use clustermanualupgrade_jobs_inner_managed_process_configuration_relay::ClustermanualupgradeJobsInnerManagedProcessConfigurationRelay;

#[cfg(feature = "managed-clusters")]
mod clustermanualupgrade_jobs_inner_managed_process_configuration_toolbox;
#[cfg(feature = "managed-clusters")]
pub use clustermanualupgrade_jobs_inner_managed_process_configuration_toolbox::ClustermanualupgradeJobsInnerManagedProcessConfigurationToolbox;

#[cfg(any(feature = "saved-search", feature = "unreferenced-schemas"))]
mod column;
#[cfg(any(feature = "saved-search", feature = "unreferenced-schemas"))]
pub use column::Column;

#[cfg(feature = "account-activities")]
mod comment;
#[cfg(feature = "account-activities")]
pub use comment::Comment;

#[cfg(feature = "access-request-approvals")]
mod commentdto;
#[cfg(feature = "access-request-approvals")]
pub use commentdto::Commentdto;

#[cfg(feature = "access-request-approvals")]
mod commentdto_author;
#[cfg(feature = "access-request-approvals")]
pub use commentdto_author::CommentdtoAuthor;

#[cfg(feature = "access-request-approvals")]
mod commentdto_author_type;
#[cfg(feature = "access-request-approvals")]
pub use commentdto_author_type::CommentdtoAuthorType;

#[cfg(feature = "iai-common-access")]
mod commonaccessidstatus;
#[cfg(feature = "iai-common-access")]
pub use commonaccessidstatus::Commonaccessidstatus;

#[cfg(feature = "iai-common-access")]
mod commonaccessitemaccess;
#[cfg(feature = "iai-common-access")]
pub use commonaccessitemaccess::Commonaccessitemaccess;

#[cfg(feature = "iai-common-access")]
mod commonaccessitemrequest;
#[cfg(feature = "iai-common-access")]
pub use commonaccessitemrequest::Commonaccessitemrequest;

#[cfg(feature = "iai-common-access")]
mod commonaccessitemresponse;
#[cfg(feature = "iai-common-access")]
pub use commonaccessitemresponse::Commonaccessitemresponse;

#[cfg(feature = "iai-common-access")]
mod commonaccessitemstate;
#[cfg(feature = "iai-common-access")]
pub use commonaccessitemstate::Commonaccessitemstate;

#[cfg(feature = "iai-common-access")]
mod commonaccessresponse;
#[cfg(feature = "iai-common-access")]
pub use commonaccessresponse::Commonaccessresponse;

#[cfg(feature = "iai-common-access")]
mod commonaccesstype;
#[cfg(feature = "iai-common-access")]
pub use commonaccesstype::Commonaccesstype;

#[cfg(feature = "sod-controls")]
mod compensatingcontrolcreate;
#[cfg(feature = "sod-controls")]
pub use compensatingcontrolcreate::Compensatingcontrolcreate;

#[cfg(feature = "sod-controls")]
mod compensatingcontrolcreate_action;
#[cfg(feature = "sod-controls")]
pub use compensatingcontrolcreate_action::CompensatingcontrolcreateAction;

#[cfg(feature = "sod-controls")]
mod compensatingcontrolcreate_type;
#[cfg(feature = "sod-controls")]
pub use compensatingcontrolcreate_type::CompensatingcontrolcreateType;

#[cfg(feature = "sod-controls")]
mod compensatingcontrolresponse;
#[cfg(feature = "sod-controls")]
pub use compensatingcontrolresponse::Compensatingcontrolresponse;

#[cfg(feature = "sod-controls")]
mod compensatingcontrolupdate;
#[cfg(feature = "sod-controls")]
pub use compensatingcontrolupdate::Compensatingcontrolupdate;

#[cfg(feature = "sod-controls")]
mod compensatingcontrolupdate_action;
#[cfg(feature = "sod-controls")]
pub use compensatingcontrolupdate_action::CompensatingcontrolupdateAction;

#[cfg(feature = "sod-controls")]
mod compensatingcontrolupdate_type;
#[cfg(feature = "sod-controls")]
pub use compensatingcontrolupdate_type::CompensatingcontrolupdateType;

#[cfg(feature = "access-request-approvals")]
mod completedapproval;
#[cfg(feature = "access-request-approvals")]
pub use completedapproval::Completedapproval;

#[cfg(feature = "access-request-approvals")]
mod completedapproval_identity_type;
#[cfg(feature = "access-request-approvals")]
pub use completedapproval_identity_type::CompletedapprovalIdentityType;

#[cfg(feature = "access-request-approvals")]
mod completedapproval_max_permitted_access_duration;
#[cfg(feature = "access-request-approvals")]
pub use completedapproval_max_permitted_access_duration::CompletedapprovalMaxPermittedAccessDuration;

#[cfg(feature = "access-request-approvals")]
mod completedapproval_max_permitted_access_duration_time_unit;
#[cfg(feature = "access-request-approvals")]
pub use completedapproval_max_permitted_access_duration_time_unit::CompletedapprovalMaxPermittedAccessDurationTimeUnit;

#[cfg(feature = "access-request-approvals")]
mod completedapproval_pre_approval_trigger_result;
#[cfg(feature = "access-request-approvals")]
pub use completedapproval_pre_approval_trigger_result::CompletedapprovalPreApprovalTriggerResult;

#[cfg(feature = "access-request-approvals")]
mod completedapproval_requested_for;
#[cfg(feature = "access-request-approvals")]
pub use completedapproval_requested_for::CompletedapprovalRequestedFor;

#[cfg(feature = "access-request-approvals")]
mod completedapproval_requested_for_type;
#[cfg(feature = "access-request-approvals")]
pub use completedapproval_requested_for_type::CompletedapprovalRequestedForType;

#[cfg(feature = "access-request-approvals")]
mod completedapprovalstate;
#[cfg(feature = "access-request-approvals")]
pub use completedapprovalstate::Completedapprovalstate;

#[cfg(feature = "triggers")]
mod completeinvocation;
#[cfg(feature = "triggers")]
pub use completeinvocation::Completeinvocation;

#[cfg(feature = "triggers")]
mod completeinvocationinput;
#[cfg(feature = "triggers")]
pub use completeinvocationinput::Completeinvocationinput;

#[cfg(feature = "account-activities")]
mod completionstatus;
#[cfg(feature = "account-activities")]
pub use completionstatus::Completionstatus;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod concatenation;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use concatenation::Concatenation;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod conditional;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use conditional::Conditional;

#[cfg(feature = "custom-forms")]
mod conditioneffect;
#[cfg(feature = "custom-forms")]
pub use conditioneffect::Conditioneffect;

#[cfg(feature = "custom-forms")]
mod conditioneffect_config;
#[cfg(feature = "custom-forms")]
pub use conditioneffect_config::ConditioneffectConfig;

#[cfg(feature = "custom-forms")]
mod conditioneffect_effect_type;
#[cfg(feature = "custom-forms")]
pub use conditioneffect_effect_type::ConditioneffectEffectType;

#[cfg(feature = "custom-forms")]
mod conditionrule;
#[cfg(feature = "custom-forms")]
pub use conditionrule::Conditionrule;

#[cfg(feature = "custom-forms")]
mod conditionrule_operator;
#[cfg(feature = "custom-forms")]
pub use conditionrule_operator::ConditionruleOperator;

#[cfg(feature = "custom-forms")]
mod conditionrule_source_type;
#[cfg(feature = "custom-forms")]
pub use conditionrule_source_type::ConditionruleSourceType;

#[cfg(feature = "custom-forms")]
mod conditionrule_value_type;
#[cfg(feature = "custom-forms")]
pub use conditionrule_value_type::ConditionruleValueType;

#[cfg(feature = "sp-config")]
mod configobject;
#[cfg(feature = "sp-config")]
pub use configobject::Configobject;

#[cfg(feature = "work-reassignment")]
mod configtype;
#[cfg(feature = "work-reassignment")]
pub use configtype::Configtype;

#[cfg(feature = "work-reassignment")]
mod configtypeenum;
#[cfg(feature = "work-reassignment")]
pub use configtypeenum::Configtypeenum;

#[cfg(feature = "work-reassignment")]
mod configtypeenumcamel;
#[cfg(feature = "work-reassignment")]
pub use configtypeenumcamel::Configtypeenumcamel;

#[cfg(feature = "work-reassignment")]
mod configurationdetailsresponse;
#[cfg(feature = "work-reassignment")]
pub use configurationdetailsresponse::Configurationdetailsresponse;

#[cfg(feature = "work-reassignment")]
mod configurationitemrequest;
#[cfg(feature = "work-reassignment")]
pub use configurationitemrequest::Configurationitemrequest;

#[cfg(feature = "work-reassignment")]
mod configurationitemresponse;
#[cfg(feature = "work-reassignment")]
pub use configurationitemresponse::Configurationitemresponse;

#[cfg(feature = "work-reassignment")]
mod configurationresponse;
#[cfg(feature = "work-reassignment")]
pub use configurationresponse::Configurationresponse;

#[cfg(feature = "sod-policies")]
mod conflictingaccesscriteria;
#[cfg(feature = "sod-policies")]
pub use conflictingaccesscriteria::Conflictingaccesscriteria;

#[cfg(feature = "sod-violations")]
mod conflictingitem;
#[cfg(feature = "sod-violations")]
pub use conflictingitem::Conflictingitem;

#[cfg(feature = "sod-violations")]
mod conflictingitem_type;
#[cfg(feature = "sod-violations")]
pub use conflictingitem_type::ConflictingitemType;

#[cfg(feature = "sod-violations")]
mod conflictingitemsourceref;
#[cfg(feature = "sod-violations")]
pub use conflictingitemsourceref::Conflictingitemsourceref;

#[cfg(feature = "governance-groups")]
mod connectedobject;
#[cfg(feature = "governance-groups")]
pub use connectedobject::Connectedobject;

#[cfg(feature = "governance-groups")]
mod connectedobjecttype;
#[cfg(feature = "governance-groups")]
pub use connectedobjecttype::Connectedobjecttype;

#[cfg(feature = "connector-customizers")]
mod connectorcustomizercreaterequest;
#[cfg(feature = "connector-customizers")]
pub use connectorcustomizercreaterequest::Connectorcustomizercreaterequest;

#[cfg(feature = "connector-customizers")]
mod connectorcustomizercreateresponse;
#[cfg(feature = "connector-customizers")]
pub use connectorcustomizercreateresponse::Connectorcustomizercreateresponse;

#[cfg(feature = "connector-customizers")]
mod connectorcustomizersresponse;
#[cfg(feature = "connector-customizers")]
pub use connectorcustomizersresponse::Connectorcustomizersresponse;

#[cfg(feature = "connector-customizers")]
mod connectorcustomizerupdaterequest;
#[cfg(feature = "connector-customizers")]
pub use connectorcustomizerupdaterequest::Connectorcustomizerupdaterequest;

#[cfg(feature = "connector-customizers")]
mod connectorcustomizerupdateresponse;
#[cfg(feature = "connector-customizers")]
pub use connectorcustomizerupdateresponse::Connectorcustomizerupdateresponse;

#[cfg(feature = "connector-customizers")]
mod connectorcustomizerversioncreateresponse;
#[cfg(feature = "connector-customizers")]
pub use connectorcustomizerversioncreateresponse::Connectorcustomizerversioncreateresponse;

#[cfg(feature = "connectors")]
mod connectordetail;
#[cfg(feature = "connectors")]
pub use connectordetail::Connectordetail;

#[cfg(feature = "connectors")]
mod connectordetail_status;
#[cfg(feature = "connectors")]
pub use connectordetail_status::ConnectordetailStatus;

#[cfg(feature = "connector-rule-management")]
mod connectorrulecreaterequest;
#[cfg(feature = "connector-rule-management")]
pub use connectorrulecreaterequest::Connectorrulecreaterequest;

#[cfg(feature = "connector-rule-management")]
mod connectorrulecreaterequest_signature;
#[cfg(feature = "connector-rule-management")]
pub use connectorrulecreaterequest_signature::ConnectorrulecreaterequestSignature;

#[cfg(feature = "connector-rule-management")]
mod connectorrulecreaterequest_type;
#[cfg(feature = "connector-rule-management")]
pub use connectorrulecreaterequest_type::ConnectorrulecreaterequestType;

#[cfg(feature = "connector-rule-management")]
mod connectorruleresponse;
#[cfg(feature = "connector-rule-management")]
pub use connectorruleresponse::Connectorruleresponse;

#[cfg(feature = "connector-rule-management")]
mod connectorruleupdaterequest;
#[cfg(feature = "connector-rule-management")]
pub use connectorruleupdaterequest::Connectorruleupdaterequest;

#[cfg(feature = "connector-rule-management")]
mod connectorrulevalidationresponse;
#[cfg(feature = "connector-rule-management")]
pub use connectorrulevalidationresponse::Connectorrulevalidationresponse;

#[cfg(feature = "connector-rule-management")]
mod connectorrulevalidationresponse_details_inner;
#[cfg(feature = "connector-rule-management")]
pub use connectorrulevalidationresponse_details_inner::ConnectorrulevalidationresponseDetailsInner;

#[cfg(feature = "connector-rule-management")]
mod connectorrulevalidationresponse_state;
#[cfg(feature = "connector-rule-management")]
pub use connectorrulevalidationresponse_state::ConnectorrulevalidationresponseState;

#[cfg(feature = "identities")]
mod contextattributedto;
#[cfg(feature = "identities")]
pub use contextattributedto::Contextattributedto;

#[cfg(feature = "identities")]
mod contextattributedto_value;
#[cfg(feature = "identities")]
pub use contextattributedto_value::ContextattributedtoValue;

#[cfg(feature = "identity-history")]
mod correlatedgovernanceevent;
#[cfg(feature = "identity-history")]
pub use correlatedgovernanceevent::Correlatedgovernanceevent;

#[cfg(feature = "identity-history")]
mod correlatedgovernanceevent_type;
#[cfg(feature = "identity-history")]
pub use correlatedgovernanceevent_type::CorrelatedgovernanceeventType;

#[cfg(feature = "machine-identities")]
mod correlationcondition;
#[cfg(feature = "machine-identities")]
pub use correlationcondition::Correlationcondition;

#[cfg(feature = "machine-identities")]
mod correlationconfig;
#[cfg(feature = "machine-identities")]
pub use correlationconfig::Correlationconfig;

#[cfg(feature = "machine-identities")]
mod correlationconfig_type;
#[cfg(feature = "machine-identities")]
pub use correlationconfig_type::CorrelationconfigType;

#[cfg(feature = "machine-identities")]
mod correlationrule;
#[cfg(feature = "machine-identities")]
pub use correlationrule::Correlationrule;

#[cfg(feature = "machine-identities")]
mod correlationrule_rule_type;
#[cfg(feature = "machine-identities")]
pub use correlationrule_rule_type::CorrelationruleRuleType;

#[cfg(feature = "machine-identities")]
mod correlationruleaction;
#[cfg(feature = "machine-identities")]
pub use correlationruleaction::Correlationruleaction;

#[cfg(feature = "machine-identities")]
mod correlationruleaction_type;
#[cfg(feature = "machine-identities")]
pub use correlationruleaction_type::CorrelationruleactionType;

#[cfg(feature = "machine-identities")]
mod correlationtype;
#[cfg(feature = "machine-identities")]
pub use correlationtype::Correlationtype;

#[cfg(feature = "data-access-security")]
mod crawlresourcessizesoptions;
#[cfg(feature = "data-access-security")]
pub use crawlresourcessizesoptions::Crawlresourcessizesoptions;

#[cfg(feature = "workflows")]
mod create_external_execute_workflow_v1200_response;
#[cfg(feature = "workflows")]
pub use create_external_execute_workflow_v1200_response::CreateExternalExecuteWorkflowV1200Response;

#[cfg(feature = "workflows")]
mod create_external_execute_workflow_v1_request;
#[cfg(feature = "workflows")]
pub use create_external_execute_workflow_v1_request::CreateExternalExecuteWorkflowV1Request;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema_v1400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema_v1400_response::CreateFormDefinitionDynamicSchemaV1400Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema_v1401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema_v1401_response::CreateFormDefinitionDynamicSchemaV1401Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema_v1403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema_v1403_response::CreateFormDefinitionDynamicSchemaV1403Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema_v1404_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema_v1404_response::CreateFormDefinitionDynamicSchemaV1404Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_dynamic_schema_v1500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_dynamic_schema_v1500_response::CreateFormDefinitionDynamicSchemaV1500Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1400_response::CreateFormDefinitionFileRequestV1400Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1401_response::CreateFormDefinitionFileRequestV1401Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1403_response::CreateFormDefinitionFileRequestV1403Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1404_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1404_response::CreateFormDefinitionFileRequestV1404Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1413_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1413_response::CreateFormDefinitionFileRequestV1413Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1415_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1415_response::CreateFormDefinitionFileRequestV1415Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1500_response::CreateFormDefinitionFileRequestV1500Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1503_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1503_response::CreateFormDefinitionFileRequestV1503Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_file_request_v1_request;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_file_request_v1_request::CreateFormDefinitionFileRequestV1Request;

#[cfg(feature = "custom-forms")]
mod create_form_definition_v1400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_v1400_response::CreateFormDefinitionV1400Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_v1401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_v1401_response::CreateFormDefinitionV1401Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_v1403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_v1403_response::CreateFormDefinitionV1403Response;

#[cfg(feature = "custom-forms")]
mod create_form_definition_v1500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_definition_v1500_response::CreateFormDefinitionV1500Response;

#[cfg(feature = "custom-forms")]
mod create_form_instance_v1400_response;
#[cfg(feature = "custom-forms")]
pub use create_form_instance_v1400_response::CreateFormInstanceV1400Response;

#[cfg(feature = "custom-forms")]
mod create_form_instance_v1401_response;
#[cfg(feature = "custom-forms")]
pub use create_form_instance_v1401_response::CreateFormInstanceV1401Response;

#[cfg(feature = "custom-forms")]
mod create_form_instance_v1403_response;
#[cfg(feature = "custom-forms")]
pub use create_form_instance_v1403_response::CreateFormInstanceV1403Response;

#[cfg(feature = "custom-forms")]
mod create_form_instance_v1500_response;
#[cfg(feature = "custom-forms")]
pub use create_form_instance_v1500_response::CreateFormInstanceV1500Response;

#[cfg(feature = "data-access-security")]
mod create_identity_collector_v1200_response;
#[cfg(feature = "data-access-security")]
pub use create_identity_collector_v1200_response::CreateIdentityCollectorV1200Response;

#[cfg(feature = "machine-accounts")]
mod create_machine_account_subtype_v1_request;
#[cfg(feature = "machine-accounts")]
pub use create_machine_account_subtype_v1_request::CreateMachineAccountSubtypeV1Request;

#[cfg(feature = "saved-search")]
mod create_saved_search_v1_request;
#[cfg(feature = "saved-search")]
pub use create_saved_search_v1_request::CreateSavedSearchV1Request;

#[cfg(feature = "scheduled-search")]
mod create_scheduled_search_v1_request;
#[cfg(feature = "scheduled-search")]
pub use create_scheduled_search_v1_request::CreateScheduledSearchV1Request;

#[cfg(feature = "machine-account-subtypes")]
mod create_source_subtype_v1_request;
#[cfg(feature = "machine-account-subtypes")]
pub use create_source_subtype_v1_request::CreateSourceSubtypeV1Request;

#[cfg(feature = "configuration-hub")]
mod create_uploaded_configuration_v1_request;
#[cfg(feature = "configuration-hub")]
pub use create_uploaded_configuration_v1_request::CreateUploadedConfigurationV1Request;

#[cfg(feature = "custom-forms")]
mod createformdefinitionrequest;
#[cfg(feature = "custom-forms")]
pub use createformdefinitionrequest::Createformdefinitionrequest;

#[cfg(feature = "custom-forms")]
mod createforminstancerequest;
#[cfg(feature = "custom-forms")]
pub use createforminstancerequest::Createforminstancerequest;

#[cfg(feature = "custom-forms")]
mod createforminstancerequest_state;
#[cfg(feature = "custom-forms")]
pub use createforminstancerequest_state::CreateforminstancerequestState;

#[cfg(feature = "data-access-security")]
mod createidentitycollectorrequest;
#[cfg(feature = "data-access-security")]
pub use createidentitycollectorrequest::Createidentitycollectorrequest;

#[cfg(feature = "o-auth-clients")]
mod createoauthclientrequest;
#[cfg(feature = "o-auth-clients")]
pub use createoauthclientrequest::Createoauthclientrequest;

#[cfg(feature = "o-auth-clients")]
mod createoauthclientresponse;
#[cfg(feature = "o-auth-clients")]
pub use createoauthclientresponse::Createoauthclientresponse;

#[cfg(feature = "personal-access-tokens")]
mod createpersonalaccesstokenrequest;
#[cfg(feature = "personal-access-tokens")]
pub use createpersonalaccesstokenrequest::Createpersonalaccesstokenrequest;

#[cfg(feature = "personal-access-tokens")]
mod createpersonalaccesstokenresponse;
#[cfg(feature = "personal-access-tokens")]
pub use createpersonalaccesstokenresponse::Createpersonalaccesstokenresponse;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest::Createprivilegecriteriarequest;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_groups_inner;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_groups_inner::CreateprivilegecriteriarequestGroupsInner;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_groups_inner_criteria_items_inner;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_groups_inner_criteria_items_inner::CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInner;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_groups_inner_criteria_items_inner_operator;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_groups_inner_criteria_items_inner_operator::CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_groups_inner_criteria_items_inner_operator_variant1;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_groups_inner_criteria_items_inner_operator_variant1::CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperatorVariant1;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_groups_inner_criteria_items_inner_target_type;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_groups_inner_criteria_items_inner_target_type::CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_groups_inner_operator;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_groups_inner_operator::CreateprivilegecriteriarequestGroupsInnerOperator;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_operator;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_operator::CreateprivilegecriteriarequestOperator;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_privilege_level;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_privilege_level::CreateprivilegecriteriarequestPrivilegeLevel;

#[cfg(feature = "privilege-criteria")]
mod createprivilegecriteriarequest_type;
#[cfg(feature = "privilege-criteria")]
pub use createprivilegecriteriarequest_type::CreateprivilegecriteriarequestType;

#[cfg(feature = "data-access-security")]
mod createschedulerequest;
#[cfg(feature = "data-access-security")]
pub use createschedulerequest::Createschedulerequest;

#[cfg(feature = "shared-signals-framework-ssf")]
mod createstreamdeliveryrequest;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use createstreamdeliveryrequest::Createstreamdeliveryrequest;

#[cfg(feature = "shared-signals-framework-ssf")]
mod createstreamrequest;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use createstreamrequest::Createstreamrequest;

#[cfg(feature = "certification-campaign-filters")]
mod criteriatype;
#[cfg(feature = "certification-campaign-filters")]
pub use criteriatype::Criteriatype;

#[cfg(feature = "custom-password-instructions")]
mod custompasswordinstruction;
#[cfg(feature = "custom-password-instructions")]
pub use custompasswordinstruction::Custompasswordinstruction;

#[cfg(feature = "custom-password-instructions")]
mod custompasswordinstruction_page_id;
#[cfg(feature = "custom-password-instructions")]
pub use custompasswordinstruction_page_id::CustompasswordinstructionPageId;

#[cfg(feature = "data-segmentation")]
mod data_segment;
#[cfg(feature = "data-segmentation")]
pub use data_segment::DataSegment;

#[cfg(feature = "certification-summaries")]
mod dataaccess;
#[cfg(feature = "certification-summaries")]
pub use dataaccess::Dataaccess;

#[cfg(feature = "certification-summaries")]
mod dataaccess_categories_inner;
#[cfg(feature = "certification-summaries")]
pub use dataaccess_categories_inner::DataaccessCategoriesInner;

#[cfg(feature = "certification-summaries")]
mod dataaccess_impact_score;
#[cfg(feature = "certification-summaries")]
pub use dataaccess_impact_score::DataaccessImpactScore;

#[cfg(feature = "certification-summaries")]
mod dataaccess_policies_inner;
#[cfg(feature = "certification-summaries")]
pub use dataaccess_policies_inner::DataaccessPoliciesInner;

#[cfg(feature = "data-access-security")]
mod dataclassificationsettings;
#[cfg(feature = "data-access-security")]
pub use dataclassificationsettings::Dataclassificationsettings;

#[cfg(feature = "data-access-security")]
mod dataownermodel;
#[cfg(feature = "data-access-security")]
pub use dataownermodel::Dataownermodel;

#[cfg(feature = "sources")]
mod datasetaggregationrequest;
#[cfg(feature = "sources")]
pub use datasetaggregationrequest::Datasetaggregationrequest;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod datecompare;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use datecompare::Datecompare;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod datecompare_first_date;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use datecompare_first_date::DatecompareFirstDate;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod datecompare_operator;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use datecompare_operator::DatecompareOperator;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod datecompare_second_date;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use datecompare_second_date::DatecompareSecondDate;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod dateformat;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use dateformat::Dateformat;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod dateformat_input_format;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use dateformat_input_format::DateformatInputFormat;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod dateformat_output_format;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use dateformat_output_format::DateformatOutputFormat;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod datemath;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use datemath::Datemath;

#[cfg(
    any(
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "sod-policies",
        feature = "unreferenced-schemas"
    )
)]
mod datetime;
#[cfg(
    any(
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "sod-policies",
        feature = "unreferenced-schemas"
    )
)]
pub use datetime::Datetime;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod decomposediacriticalmarks;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use decomposediacriticalmarks::Decomposediacriticalmarks;

#[cfg(feature = "approvals")]
mod delete_approval_config_request_v1_scope;
#[cfg(feature = "approvals")]
pub use delete_approval_config_request_v1_scope::DeleteApprovalConfigRequestV1Scope;

#[cfg(feature = "custom-password-instructions")]
mod delete_custom_password_instructions_v1_page_id;
#[cfg(feature = "custom-password-instructions")]
pub use delete_custom_password_instructions_v1_page_id::DeleteCustomPasswordInstructionsV1PageId;

#[cfg(feature = "custom-forms")]
mod delete_form_definition_v1400_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition_v1400_response::DeleteFormDefinitionV1400Response;

#[cfg(feature = "custom-forms")]
mod delete_form_definition_v1401_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition_v1401_response::DeleteFormDefinitionV1401Response;

#[cfg(feature = "custom-forms")]
mod delete_form_definition_v1403_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition_v1403_response::DeleteFormDefinitionV1403Response;

#[cfg(feature = "custom-forms")]
mod delete_form_definition_v1404_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition_v1404_response::DeleteFormDefinitionV1404Response;

#[cfg(feature = "custom-forms")]
mod delete_form_definition_v1500_response;
#[cfg(feature = "custom-forms")]
pub use delete_form_definition_v1500_response::DeleteFormDefinitionV1500Response;

#[cfg(feature = "icons")]
mod delete_icon_v1_object_type;
#[cfg(feature = "icons")]
pub use delete_icon_v1_object_type::DeleteIconV1ObjectType;

#[cfg(feature = "non-employee-lifecycle-management")]
mod delete_non_employee_records_in_bulk_v1_request;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use delete_non_employee_records_in_bulk_v1_request::DeleteNonEmployeeRecordsInBulkV1Request;

#[cfg(feature = "sources")]
mod delete_source_schedule_v1_schedule_type;
#[cfg(feature = "sources")]
pub use delete_source_schedule_v1_schedule_type::DeleteSourceScheduleV1ScheduleType;

#[cfg(feature = "sources")]
mod delete_source_v1202_response;
#[cfg(feature = "sources")]
pub use delete_source_v1202_response::DeleteSourceV1202Response;

#[cfg(feature = "sources")]
mod delete_source_v1202_response_type;
#[cfg(feature = "sources")]
pub use delete_source_v1202_response_type::DeleteSourceV1202ResponseType;

#[cfg(feature = "tagged-objects")]
mod delete_tagged_object_v1_type;
#[cfg(feature = "tagged-objects")]
pub use delete_tagged_object_v1_type::DeleteTaggedObjectV1Type;

#[cfg(feature = "shared-signals-framework-ssf")]
mod deliveryrequest;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use deliveryrequest::Deliveryrequest;

#[cfg(feature = "shared-signals-framework-ssf")]
mod deliveryresponse;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use deliveryresponse::Deliveryresponse;

#[cfg(feature = "sources")]
mod dependantappconnections;
#[cfg(feature = "sources")]
pub use dependantappconnections::Dependantappconnections;

#[cfg(feature = "sources")]
mod dependantappconnections_account_source;
#[cfg(feature = "sources")]
pub use dependantappconnections_account_source::DependantappconnectionsAccountSource;

#[cfg(feature = "sources")]
mod dependantappconnections_account_source_password_policies_inner;
#[cfg(feature = "sources")]
pub use dependantappconnections_account_source_password_policies_inner::DependantappconnectionsAccountSourcePasswordPoliciesInner;

#[cfg(feature = "sources")]
mod dependantconnectionsmissingdto;
#[cfg(feature = "sources")]
pub use dependantconnectionsmissingdto::Dependantconnectionsmissingdto;

#[cfg(feature = "sources")]
mod dependantconnectionsmissingdto_dependency_type;
#[cfg(feature = "sources")]
pub use dependantconnectionsmissingdto_dependency_type::DependantconnectionsmissingdtoDependencyType;

#[cfg(feature = "configuration-hub")]
mod deployrequest;
#[cfg(feature = "configuration-hub")]
pub use deployrequest::Deployrequest;

#[cfg(feature = "configuration-hub")]
mod deployresponse;
#[cfg(feature = "configuration-hub")]
pub use deployresponse::Deployresponse;

#[cfg(feature = "configuration-hub")]
mod deployresponse_cloud_storage_status;
#[cfg(feature = "configuration-hub")]
pub use deployresponse_cloud_storage_status::DeployresponseCloudStorageStatus;

#[cfg(feature = "configuration-hub")]
mod deployresponse_status;
#[cfg(feature = "configuration-hub")]
pub use deployresponse_status::DeployresponseStatus;

#[cfg(feature = "configuration-hub")]
mod deployresponse_type;
#[cfg(feature = "configuration-hub")]
pub use deployresponse_type::DeployresponseType;

#[cfg(feature = "dimensions")]
mod dimension;
#[cfg(feature = "dimensions")]
pub use dimension::Dimension;

#[cfg(feature = "roles")]
mod dimensionattribute;
#[cfg(feature = "roles")]
pub use dimensionattribute::Dimensionattribute;

#[cfg(feature = "dimensions")]
mod dimensionbulkdeleterequest;
#[cfg(feature = "dimensions")]
pub use dimensionbulkdeleterequest::Dimensionbulkdeleterequest;

#[cfg(feature = "dimensions")]
mod dimensioncriteriakey;
#[cfg(feature = "dimensions")]
pub use dimensioncriteriakey::Dimensioncriteriakey;

#[cfg(feature = "dimensions")]
mod dimensioncriteriakeytype;
#[cfg(feature = "dimensions")]
pub use dimensioncriteriakeytype::Dimensioncriteriakeytype;

#[cfg(feature = "dimensions")]
mod dimensioncriterialevel1;
#[cfg(feature = "dimensions")]
pub use dimensioncriterialevel1::Dimensioncriterialevel1;

#[cfg(feature = "dimensions")]
mod dimensioncriterialevel2;
#[cfg(feature = "dimensions")]
pub use dimensioncriterialevel2::Dimensioncriterialevel2;

#[cfg(feature = "dimensions")]
mod dimensioncriterialevel3;
#[cfg(feature = "dimensions")]
pub use dimensioncriterialevel3::Dimensioncriterialevel3;

#[cfg(feature = "dimensions")]
mod dimensioncriteriaoperation;
#[cfg(feature = "dimensions")]
pub use dimensioncriteriaoperation::Dimensioncriteriaoperation;

#[cfg(feature = "dimensions")]
mod dimensionmembershipselector;
#[cfg(feature = "dimensions")]
pub use dimensionmembershipselector::Dimensionmembershipselector;

#[cfg(feature = "dimensions")]
mod dimensionmembershipselectortype;
#[cfg(feature = "dimensions")]
pub use dimensionmembershipselectortype::Dimensionmembershipselectortype;

#[cfg(feature = "roles")]
mod dimensionref;
#[cfg(feature = "roles")]
pub use dimensionref::Dimensionref;

#[cfg(feature = "roles")]
mod dimensionref_type;
#[cfg(feature = "roles")]
pub use dimensionref_type::DimensionrefType;

#[cfg(feature = "dimensions")]
mod dimensions_accessprofile;
#[cfg(feature = "dimensions")]
pub use dimensions_accessprofile::DimensionsAccessprofile;

#[cfg(feature = "dimensions")]
mod dimensions_accessprofileapprovalscheme;
#[cfg(feature = "dimensions")]
pub use dimensions_accessprofileapprovalscheme::DimensionsAccessprofileapprovalscheme;

#[cfg(feature = "dimensions")]
mod dimensions_accessprofileapprovalscheme_approver_type;
#[cfg(feature = "dimensions")]
pub use dimensions_accessprofileapprovalscheme_approver_type::DimensionsAccessprofileapprovalschemeApproverType;

#[cfg(feature = "dimensions")]
mod dimensions_accessprofilesourceref;
#[cfg(feature = "dimensions")]
pub use dimensions_accessprofilesourceref::DimensionsAccessprofilesourceref;

#[cfg(feature = "dimensions")]
mod dimensions_accessprofilesourceref_type;
#[cfg(feature = "dimensions")]
pub use dimensions_accessprofilesourceref_type::DimensionsAccessprofilesourcerefType;

#[cfg(feature = "dimensions")]
mod dimensions_provisioningcriterialevel1;
#[cfg(feature = "dimensions")]
pub use dimensions_provisioningcriterialevel1::DimensionsProvisioningcriterialevel1;

#[cfg(feature = "dimensions")]
mod dimensions_provisioningcriterialevel2;
#[cfg(feature = "dimensions")]
pub use dimensions_provisioningcriterialevel2::DimensionsProvisioningcriterialevel2;

#[cfg(feature = "dimensions")]
mod dimensions_provisioningcriterialevel3;
#[cfg(feature = "dimensions")]
pub use dimensions_provisioningcriterialevel3::DimensionsProvisioningcriterialevel3;

#[cfg(feature = "dimensions")]
mod dimensions_provisioningcriteriaoperation;
#[cfg(feature = "dimensions")]
pub use dimensions_provisioningcriteriaoperation::DimensionsProvisioningcriteriaoperation;

#[cfg(feature = "dimensions")]
mod dimensions_requestability;
#[cfg(feature = "dimensions")]
pub use dimensions_requestability::DimensionsRequestability;

#[cfg(feature = "dimensions")]
mod dimensions_revocability;
#[cfg(feature = "dimensions")]
pub use dimensions_revocability::DimensionsRevocability;

#[cfg(feature = "roles")]
mod dimensionschema;
#[cfg(feature = "roles")]
pub use dimensionschema::Dimensionschema;

#[cfg(feature = "search")]
mod displayreference;
#[cfg(feature = "search")]
pub use displayreference::Displayreference;

#[cfg(feature = "notifications")]
mod dkimattributes;
#[cfg(feature = "notifications")]
pub use dkimattributes::Dkimattributes;

#[cfg(feature = "unreferenced-schemas")]
mod documentfields;
#[cfg(feature = "unreferenced-schemas")]
pub use documentfields::Documentfields;

#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
mod documenttype;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
pub use documenttype::Documenttype;

#[cfg(feature = "notifications")]
mod domainaddress;
#[cfg(feature = "notifications")]
pub use domainaddress::Domainaddress;

#[cfg(feature = "notifications")]
mod domainstatusdto;
#[cfg(feature = "notifications")]
pub use domainstatusdto::Domainstatusdto;

#[cfg(feature = "configuration-hub")]
mod draftresponse;
#[cfg(feature = "configuration-hub")]
pub use draftresponse::Draftresponse;

#[cfg(feature = "configuration-hub")]
mod draftresponse_approval_status;
#[cfg(feature = "configuration-hub")]
pub use draftresponse_approval_status::DraftresponseApprovalStatus;

#[cfg(feature = "configuration-hub")]
mod draftresponse_mode;
#[cfg(feature = "configuration-hub")]
pub use draftresponse_mode::DraftresponseMode;

#[cfg(feature = "configuration-hub")]
mod draftresponse_status;
#[cfg(feature = "configuration-hub")]
pub use draftresponse_status::DraftresponseStatus;

#[cfg(feature = "configuration-hub")]
mod draftresponse_type;
#[cfg(feature = "configuration-hub")]
pub use draftresponse_type::DraftresponseType;

#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "account-deletion-requests",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "business-applications",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "custom-user-levels",
        feature = "data-segmentation",
        feature = "identities",
        feature = "machine-account-creation-request",
        feature = "machine-identities",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "sim-integrations",
        feature = "sources",
        feature = "unreferenced-schemas"
    )
)]
mod dtotype;
#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "account-deletion-requests",
        feature = "accounts",
        feature = "application-discovery",
        feature = "apps",
        feature = "business-applications",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "custom-user-levels",
        feature = "data-segmentation",
        feature = "identities",
        feature = "machine-account-creation-request",
        feature = "machine-identities",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "sim-integrations",
        feature = "sources",
        feature = "unreferenced-schemas"
    )
)]
pub use dtotype::Dtotype;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod e164phone;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use e164phone::E164phone;

#[cfg(feature = "unreferenced-schemas")]
mod elasticversion;
#[cfg(feature = "unreferenced-schemas")]
pub use elasticversion::Elasticversion;

#[cfg(feature = "lifecycle-states")]
mod emailnotificationoption;
#[cfg(feature = "lifecycle-states")]
pub use emailnotificationoption::Emailnotificationoption;

#[cfg(feature = "notifications")]
mod emailstatusdto;
#[cfg(feature = "notifications")]
pub use emailstatusdto::Emailstatusdto;

#[cfg(feature = "notifications")]
mod emailstatusdto_verification_status;
#[cfg(feature = "notifications")]
pub use emailstatusdto_verification_status::EmailstatusdtoVerificationStatus;

#[cfg(feature = "data-segmentation")]
mod enabled;
#[cfg(feature = "data-segmentation")]
pub use enabled::Enabled;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use entitlement::Entitlement;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement_access_model_metadata;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use entitlement_access_model_metadata::EntitlementAccessModelMetadata;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement_owner;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use entitlement_owner::EntitlementOwner;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement_owner_type;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use entitlement_owner_type::EntitlementOwnerType;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement_source;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use entitlement_source::EntitlementSource;

#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
mod entitlementaccessrequestconfig;
#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
pub use entitlementaccessrequestconfig::Entitlementaccessrequestconfig;

#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
mod entitlementaccessrequestconfig_max_permitted_access_duration;
#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
pub use entitlementaccessrequestconfig_max_permitted_access_duration::EntitlementaccessrequestconfigMaxPermittedAccessDuration;

#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
mod entitlementaccessrequestconfig_max_permitted_access_duration_time_unit;
#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
pub use entitlementaccessrequestconfig_max_permitted_access_duration_time_unit::EntitlementaccessrequestconfigMaxPermittedAccessDurationTimeUnit;

#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
mod entitlementapprovalscheme;
#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
pub use entitlementapprovalscheme::Entitlementapprovalscheme;

#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
mod entitlementapprovalscheme_approver_type;
#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
pub use entitlementapprovalscheme_approver_type::EntitlementapprovalschemeApproverType;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdatefilterrequest;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdatefilterrequest::Entitlementattributebulkupdatefilterrequest;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdatefilterrequest_operation;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdatefilterrequest_operation::EntitlementattributebulkupdatefilterrequestOperation;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdatefilterrequest_replace_scope;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdatefilterrequest_replace_scope::EntitlementattributebulkupdatefilterrequestReplaceScope;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdateidsrequest;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdateidsrequest::Entitlementattributebulkupdateidsrequest;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdateidsrequest_operation;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdateidsrequest_operation::EntitlementattributebulkupdateidsrequestOperation;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdateidsrequest_replace_scope;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdateidsrequest_replace_scope::EntitlementattributebulkupdateidsrequestReplaceScope;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdatequeryrequest;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdatequeryrequest::Entitlementattributebulkupdatequeryrequest;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdatequeryrequest_operation;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdatequeryrequest_operation::EntitlementattributebulkupdatequeryrequestOperation;

#[cfg(feature = "access-model-metadata")]
mod entitlementattributebulkupdatequeryrequest_replace_scope;
#[cfg(feature = "access-model-metadata")]
pub use entitlementattributebulkupdatequeryrequest_replace_scope::EntitlementattributebulkupdatequeryrequestReplaceScope;

#[cfg(feature = "entitlements")]
mod entitlementbulkupdaterequest;
#[cfg(feature = "entitlements")]
pub use entitlementbulkupdaterequest::Entitlementbulkupdaterequest;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnection;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnection::Entitlementconnection;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnection_type;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnection_type::EntitlementconnectionType;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnectionbulkupdateitem;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnectionbulkupdateitem::Entitlementconnectionbulkupdateitem;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnectionbulkupdateitem_type;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnectionbulkupdateitem_type::EntitlementconnectionbulkupdateitemType;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnectionbulkupdateresultitem;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnectionbulkupdateresultitem::Entitlementconnectionbulkupdateresultitem;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnectionsearchhit;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnectionsearchhit::Entitlementconnectionsearchhit;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnectionsearchhit_type;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnectionsearchhit_type::EntitlementconnectionsearchhitType;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnectionsearchhitentitlement;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnectionsearchhitentitlement::Entitlementconnectionsearchhitentitlement;

#[cfg(feature = "entitlement-connections")]
mod entitlementconnectionsearchhitentitlement_privilege_level;
#[cfg(feature = "entitlement-connections")]
pub use entitlementconnectionsearchhitentitlement_privilege_level::EntitlementconnectionsearchhitentitlementPrivilegeLevel;

#[cfg(feature = "search")]
mod entitlementdocument;
#[cfg(feature = "search")]
pub use entitlementdocument::Entitlementdocument;

#[cfg(feature = "search")]
mod entitlementdocument_manually_updated_fields;
#[cfg(feature = "search")]
pub use entitlementdocument_manually_updated_fields::EntitlementdocumentManuallyUpdatedFields;

#[cfg(feature = "search")]
mod entitlementdocument_permissions_inner;
#[cfg(feature = "search")]
pub use entitlementdocument_permissions_inner::EntitlementdocumentPermissionsInner;

#[cfg(feature = "search")]
mod entitlementdocument_source;
#[cfg(feature = "search")]
pub use entitlementdocument_source::EntitlementdocumentSource;

#[cfg(feature = "search")]
mod entitlementdocuments;
#[cfg(feature = "search")]
pub use entitlementdocuments::Entitlementdocuments;

#[cfg(feature = "entitlements")]
mod entitlementprivilegelevel;
#[cfg(feature = "entitlements")]
pub use entitlementprivilegelevel::Entitlementprivilegelevel;

#[cfg(feature = "entitlements")]
mod entitlementprivilegelevel_direct;
#[cfg(feature = "entitlements")]
pub use entitlementprivilegelevel_direct::EntitlementprivilegelevelDirect;

#[cfg(feature = "entitlements")]
mod entitlementprivilegelevel_effective;
#[cfg(feature = "entitlements")]
pub use entitlementprivilegelevel_effective::EntitlementprivilegelevelEffective;

#[cfg(feature = "entitlements")]
mod entitlementprivilegelevel_inherited;
#[cfg(feature = "entitlements")]
pub use entitlementprivilegelevel_inherited::EntitlementprivilegelevelInherited;

#[cfg(feature = "entitlements")]
mod entitlementprivilegelevel_set_by_type;
#[cfg(feature = "entitlements")]
pub use entitlementprivilegelevel_set_by_type::EntitlementprivilegelevelSetByType;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationassignee;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationassignee::Entitlementrecommendationassignee;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationassignee_variant1;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationassignee_variant1::EntitlementrecommendationassigneeVariant1;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationassignee_variant1_type;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationassignee_variant1_type::EntitlementrecommendationassigneeVariant1Type;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationassignee_variant2;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationassignee_variant2::EntitlementrecommendationassigneeVariant2;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationassignee_variant2_type;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationassignee_variant2_type::EntitlementrecommendationassigneeVariant2Type;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationassignrequest;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationassignrequest::Entitlementrecommendationassignrequest;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationassignresult;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationassignresult::Entitlementrecommendationassignresult;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationrecord;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationrecord::Entitlementrecommendationrecord;

#[cfg(feature = "suggested-entitlement-description")]
mod entitlementrecommendationrecord_record_type;
#[cfg(feature = "suggested-entitlement-description")]
pub use entitlementrecommendationrecord_record_type::EntitlementrecommendationrecordRecordType;

#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
mod entitlementref;
#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
pub use entitlementref::Entitlementref;

#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
mod entitlementref_type;
#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
pub use entitlementref_type::EntitlementrefType;

#[cfg(feature = "access-requests")]
mod entitlementrequestconfig;
#[cfg(feature = "access-requests")]
pub use entitlementrequestconfig::Entitlementrequestconfig;

#[cfg(feature = "access-requests")]
mod entitlementrequestconfigv2;
#[cfg(feature = "access-requests")]
pub use entitlementrequestconfigv2::Entitlementrequestconfigv2;

#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
mod entitlementrevocationrequestconfig;
#[cfg(any(feature = "access-requests", feature = "entitlements", feature = "sources"))]
pub use entitlementrevocationrequestconfig::Entitlementrevocationrequestconfig;

#[cfg(feature = "entitlements")]
mod entitlements_entitlementrequestconfig;
#[cfg(feature = "entitlements")]
pub use entitlements_entitlementrequestconfig::EntitlementsEntitlementrequestconfig;

#[cfg(feature = "entitlements")]
mod entitlementsourceresetbasereferencedto;
#[cfg(feature = "entitlements")]
pub use entitlementsourceresetbasereferencedto::Entitlementsourceresetbasereferencedto;

#[cfg(feature = "access-request-approvals")]
mod entitlementstatesnapshotjitdetail;
#[cfg(feature = "access-request-approvals")]
pub use entitlementstatesnapshotjitdetail::Entitlementstatesnapshotjitdetail;

#[cfg(feature = "entitlements")]
mod entitlementv2;
#[cfg(feature = "entitlements")]
pub use entitlementv2::Entitlementv2;

#[cfg(feature = "entitlements")]
mod entitlementv2_access_model_metadata;
#[cfg(feature = "entitlements")]
pub use entitlementv2_access_model_metadata::Entitlementv2AccessModelMetadata;

#[cfg(feature = "entitlements")]
mod entitlementv2_owner;
#[cfg(feature = "entitlements")]
pub use entitlementv2_owner::Entitlementv2Owner;

#[cfg(feature = "entitlements")]
mod entitlementv2_owner_type;
#[cfg(feature = "entitlements")]
pub use entitlementv2_owner_type::Entitlementv2OwnerType;

#[cfg(feature = "entitlements")]
mod entitlementv2_source;
#[cfg(feature = "entitlements")]
pub use entitlementv2_source::Entitlementv2Source;

#[cfg(feature = "iai-role-mining")]
mod entitycreatedbydto;
#[cfg(feature = "iai-role-mining")]
pub use entitycreatedbydto::Entitycreatedbydto;

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
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
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
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
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

#[cfg(feature = "data-access-security")]
mod error409_response;
#[cfg(feature = "data-access-security")]
pub use error409_response::Error409Response;

#[cfg(feature = "data-access-security")]
mod error409_response_messages_inner;
#[cfg(feature = "data-access-security")]
pub use error409_response_messages_inner::Error409ResponseMessagesInner;

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
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
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
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
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
mod errormessage;
#[cfg(feature = "custom-forms")]
pub use errormessage::Errormessage;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
mod errormessagedto;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub use errormessagedto::Errormessagedto;

#[cfg(
    any(
        feature = "access-requests",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "identity-profiles"
    )
)]
mod errormessagedtolist;
#[cfg(
    any(
        feature = "access-requests",
        feature = "certification-campaigns",
        feature = "certifications",
        feature = "identity-profiles"
    )
)]
pub use errormessagedtolist::Errormessagedtolist;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
mod errorresponsedto;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub use errorresponsedto::Errorresponsedto;

#[cfg(feature = "work-reassignment")]
mod evaluateresponse;
#[cfg(feature = "work-reassignment")]
pub use evaluateresponse::Evaluateresponse;

#[cfg(feature = "workflows")]
mod eventattributes;
#[cfg(feature = "workflows")]
pub use eventattributes::Eventattributes;

#[cfg(feature = "triggers")]
mod eventbridgeconfig;
#[cfg(feature = "triggers")]
pub use eventbridgeconfig::Eventbridgeconfig;

#[cfg(feature = "search")]
mod eventdocument;
#[cfg(feature = "search")]
pub use eventdocument::Eventdocument;

#[cfg(feature = "search")]
mod eventdocument_actor;
#[cfg(feature = "search")]
pub use eventdocument_actor::EventdocumentActor;

#[cfg(feature = "search")]
mod eventdocument_target;
#[cfg(feature = "search")]
pub use eventdocument_target::EventdocumentTarget;

#[cfg(feature = "search")]
mod eventdocuments;
#[cfg(feature = "search")]
pub use eventdocuments::Eventdocuments;

#[cfg(feature = "sod-violations")]
mod exceptionaccesscriteria;
#[cfg(feature = "sod-violations")]
pub use exceptionaccesscriteria::Exceptionaccesscriteria;

#[cfg(feature = "sod-violations")]
mod exceptioncriteria;
#[cfg(feature = "sod-violations")]
pub use exceptioncriteria::Exceptioncriteria;

#[cfg(feature = "sod-violations")]
mod exceptioncriteria_criteria_list_inner;
#[cfg(feature = "sod-violations")]
pub use exceptioncriteria_criteria_list_inner::ExceptioncriteriaCriteriaListInner;

#[cfg(feature = "sod-violations")]
mod exceptioncriteria_criteria_list_inner_type;
#[cfg(feature = "sod-violations")]
pub use exceptioncriteria_criteria_list_inner_type::ExceptioncriteriaCriteriaListInnerType;

#[cfg(feature = "unreferenced-schemas")]
mod exceptioncriteriaaccess;
#[cfg(feature = "unreferenced-schemas")]
pub use exceptioncriteriaaccess::Exceptioncriteriaaccess;

#[cfg(feature = "account-activities")]
mod executionstatus;
#[cfg(feature = "account-activities")]
pub use executionstatus::Executionstatus;

#[cfg(feature = "search")]
mod expansionitem;
#[cfg(feature = "search")]
pub use expansionitem::Expansionitem;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant_v1200_response_inner;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant_v1200_response_inner::ExportFormDefinitionsByTenantV1200ResponseInner;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant_v1200_response_inner_self;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant_v1200_response_inner_self::ExportFormDefinitionsByTenantV1200ResponseInnerSelf;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant_v1400_response;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant_v1400_response::ExportFormDefinitionsByTenantV1400Response;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant_v1401_response;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant_v1401_response::ExportFormDefinitionsByTenantV1401Response;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant_v1403_response;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant_v1403_response::ExportFormDefinitionsByTenantV1403Response;

#[cfg(feature = "custom-forms")]
mod export_form_definitions_by_tenant_v1500_response;
#[cfg(feature = "custom-forms")]
pub use export_form_definitions_by_tenant_v1500_response::ExportFormDefinitionsByTenantV1500Response;

#[cfg(feature = "iai-outliers")]
mod export_outliers_zip_v1_type;
#[cfg(feature = "iai-outliers")]
pub use export_outliers_zip_v1_type::ExportOutliersZipV1Type;

#[cfg(feature = "sp-config")]
mod exportoptions;
#[cfg(feature = "sp-config")]
pub use exportoptions::Exportoptions;

#[cfg(feature = "sp-config")]
mod exportoptions_exclude_types_inner;
#[cfg(feature = "sp-config")]
pub use exportoptions_exclude_types_inner::ExportoptionsExcludeTypesInner;

#[cfg(feature = "sp-config")]
mod exportoptions_include_types_inner;
#[cfg(feature = "sp-config")]
pub use exportoptions_include_types_inner::ExportoptionsIncludeTypesInner;

#[cfg(feature = "sp-config")]
mod exportpayload;
#[cfg(feature = "sp-config")]
pub use exportpayload::Exportpayload;

#[cfg(feature = "data-segmentation")]
mod expression;
#[cfg(feature = "data-segmentation")]
pub use expression::Expression;

#[cfg(feature = "data-segmentation")]
mod expression_children_inner;
#[cfg(feature = "data-segmentation")]
pub use expression_children_inner::ExpressionChildrenInner;

#[cfg(feature = "data-segmentation")]
mod expression_children_inner_operator;
#[cfg(feature = "data-segmentation")]
pub use expression_children_inner_operator::ExpressionChildrenInnerOperator;

#[cfg(feature = "data-segmentation")]
mod expression_operator;
#[cfg(feature = "data-segmentation")]
pub use expression_operator::ExpressionOperator;

#[cfg(feature = "workflows")]
mod externalattributes;
#[cfg(feature = "workflows")]
pub use externalattributes::Externalattributes;

#[cfg(feature = "iai-recommendations")]
mod featurevaluedto;
#[cfg(feature = "iai-recommendations")]
pub use featurevaluedto::Featurevaluedto;

#[cfg(feature = "unreferenced-schemas")]
mod federationprotocoldetails;
#[cfg(feature = "unreferenced-schemas")]
pub use federationprotocoldetails::Federationprotocoldetails;

#[cfg(
    any(feature = "global-tenant-security-settings", feature = "unreferenced-schemas")
)]
mod federationprotocoldetails_role;
#[cfg(
    any(feature = "global-tenant-security-settings", feature = "unreferenced-schemas")
)]
pub use federationprotocoldetails_role::FederationprotocoldetailsRole;

#[cfg(feature = "sources")]
mod fielddetailsdto;
#[cfg(feature = "sources")]
pub use fielddetailsdto::Fielddetailsdto;

#[cfg(feature = "sources")]
mod fielddetailsdto_type;
#[cfg(feature = "sources")]
pub use fielddetailsdto_type::FielddetailsdtoType;

#[cfg(feature = "sources")]
mod fielddetailsdtov2;
#[cfg(feature = "sources")]
pub use fielddetailsdtov2::Fielddetailsdtov2;

#[cfg(feature = "sources")]
mod fielddetailsdtov2_type;
#[cfg(feature = "sources")]
pub use fielddetailsdtov2_type::Fielddetailsdtov2Type;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod filter;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use filter::Filter;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod filteraggregation;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use filteraggregation::Filteraggregation;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "saved-search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod filtertype;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "saved-search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
pub use filtertype::Filtertype;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod firstvalid;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use firstvalid::Firstvalid;

#[cfg(feature = "custom-forms")]
mod formcondition;
#[cfg(feature = "custom-forms")]
pub use formcondition::Formcondition;

#[cfg(feature = "custom-forms")]
mod formcondition_rule_operator;
#[cfg(feature = "custom-forms")]
pub use formcondition_rule_operator::FormconditionRuleOperator;

#[cfg(feature = "custom-forms")]
mod formdefinitiondynamicschemarequest;
#[cfg(feature = "custom-forms")]
pub use formdefinitiondynamicschemarequest::Formdefinitiondynamicschemarequest;

#[cfg(feature = "custom-forms")]
mod formdefinitiondynamicschemarequest_attributes;
#[cfg(feature = "custom-forms")]
pub use formdefinitiondynamicschemarequest_attributes::FormdefinitiondynamicschemarequestAttributes;

#[cfg(feature = "custom-forms")]
mod formdefinitiondynamicschemaresponse;
#[cfg(feature = "custom-forms")]
pub use formdefinitiondynamicschemaresponse::Formdefinitiondynamicschemaresponse;

#[cfg(feature = "custom-forms")]
mod formdefinitionfileuploadresponse;
#[cfg(feature = "custom-forms")]
pub use formdefinitionfileuploadresponse::Formdefinitionfileuploadresponse;

#[cfg(feature = "custom-forms")]
mod formdefinitioninput;
#[cfg(feature = "custom-forms")]
pub use formdefinitioninput::Formdefinitioninput;

#[cfg(feature = "custom-forms")]
mod formdefinitioninput_type;
#[cfg(feature = "custom-forms")]
pub use formdefinitioninput_type::FormdefinitioninputType;

#[cfg(feature = "custom-forms")]
mod formdefinitionresponse;
#[cfg(feature = "custom-forms")]
pub use formdefinitionresponse::Formdefinitionresponse;

#[cfg(feature = "custom-forms")]
mod formdefinitionselfimportexportdto;
#[cfg(feature = "custom-forms")]
pub use formdefinitionselfimportexportdto::Formdefinitionselfimportexportdto;

#[cfg(feature = "custom-forms")]
mod formdefinitionselfimportexportdto_type;
#[cfg(feature = "custom-forms")]
pub use formdefinitionselfimportexportdto_type::FormdefinitionselfimportexportdtoType;

#[cfg(feature = "work-items")]
mod formdetails;
#[cfg(feature = "work-items")]
pub use formdetails::Formdetails;

#[cfg(feature = "custom-forms")]
mod formelement;
#[cfg(feature = "custom-forms")]
pub use formelement::Formelement;

#[cfg(feature = "custom-forms")]
mod formelement_element_type;
#[cfg(feature = "custom-forms")]
pub use formelement_element_type::FormelementElementType;

#[cfg(feature = "custom-forms")]
mod formelementdatasourceconfigoptions;
#[cfg(feature = "custom-forms")]
pub use formelementdatasourceconfigoptions::Formelementdatasourceconfigoptions;

#[cfg(feature = "custom-forms")]
mod formelementdynamicdatasource;
#[cfg(feature = "custom-forms")]
pub use formelementdynamicdatasource::Formelementdynamicdatasource;

#[cfg(feature = "custom-forms")]
mod formelementdynamicdatasource_data_source_type;
#[cfg(feature = "custom-forms")]
pub use formelementdynamicdatasource_data_source_type::FormelementdynamicdatasourceDataSourceType;

#[cfg(feature = "custom-forms")]
mod formelementdynamicdatasourceconfig;
#[cfg(feature = "custom-forms")]
pub use formelementdynamicdatasourceconfig::Formelementdynamicdatasourceconfig;

#[cfg(feature = "custom-forms")]
mod formelementdynamicdatasourceconfig_indices_inner;
#[cfg(feature = "custom-forms")]
pub use formelementdynamicdatasourceconfig_indices_inner::FormelementdynamicdatasourceconfigIndicesInner;

#[cfg(feature = "custom-forms")]
mod formelementdynamicdatasourceconfig_object_type;
#[cfg(feature = "custom-forms")]
pub use formelementdynamicdatasourceconfig_object_type::FormelementdynamicdatasourceconfigObjectType;

#[cfg(feature = "custom-forms")]
mod formelementpreviewrequest;
#[cfg(feature = "custom-forms")]
pub use formelementpreviewrequest::Formelementpreviewrequest;

#[cfg(feature = "custom-forms")]
mod formelementvalidationsset;
#[cfg(feature = "custom-forms")]
pub use formelementvalidationsset::Formelementvalidationsset;

#[cfg(feature = "custom-forms")]
mod formelementvalidationsset_validation_type;
#[cfg(feature = "custom-forms")]
pub use formelementvalidationsset_validation_type::FormelementvalidationssetValidationType;

#[cfg(feature = "custom-forms")]
mod formerror;
#[cfg(feature = "custom-forms")]
pub use formerror::Formerror;

#[cfg(feature = "custom-forms")]
mod forminstancecreatedby;
#[cfg(feature = "custom-forms")]
pub use forminstancecreatedby::Forminstancecreatedby;

#[cfg(feature = "custom-forms")]
mod forminstancecreatedby_type;
#[cfg(feature = "custom-forms")]
pub use forminstancecreatedby_type::ForminstancecreatedbyType;

#[cfg(feature = "custom-forms")]
mod forminstancerecipient;
#[cfg(feature = "custom-forms")]
pub use forminstancerecipient::Forminstancerecipient;

#[cfg(feature = "custom-forms")]
mod forminstancerecipient_type;
#[cfg(feature = "custom-forms")]
pub use forminstancerecipient_type::ForminstancerecipientType;

#[cfg(feature = "custom-forms")]
mod forminstanceresponse;
#[cfg(feature = "custom-forms")]
pub use forminstanceresponse::Forminstanceresponse;

#[cfg(feature = "custom-forms")]
mod forminstanceresponse_state;
#[cfg(feature = "custom-forms")]
pub use forminstanceresponse_state::ForminstanceresponseState;

#[cfg(feature = "unreferenced-schemas")]
mod formitemdetails;
#[cfg(feature = "unreferenced-schemas")]
pub use formitemdetails::Formitemdetails;

#[cfg(feature = "custom-forms")]
mod formowner;
#[cfg(feature = "custom-forms")]
pub use formowner::Formowner;

#[cfg(feature = "custom-forms")]
mod formowner_type;
#[cfg(feature = "custom-forms")]
pub use formowner_type::FormownerType;

#[cfg(feature = "custom-forms")]
mod formusedby;
#[cfg(feature = "custom-forms")]
pub use formusedby::Formusedby;

#[cfg(feature = "custom-forms")]
mod formusedby_type;
#[cfg(feature = "custom-forms")]
pub use formusedby_type::FormusedbyType;

#[cfg(feature = "access-request-approvals")]
mod forwardapprovaldto;
#[cfg(feature = "access-request-approvals")]
pub use forwardapprovaldto::Forwardapprovaldto;

#[cfg(feature = "application-discovery")]
mod fulldiscoveredapplications;
#[cfg(feature = "application-discovery")]
pub use fulldiscoveredapplications::Fulldiscoveredapplications;

#[cfg(feature = "application-discovery")]
mod fulldiscoveredapplications_risk_level;
#[cfg(feature = "application-discovery")]
pub use fulldiscoveredapplications_risk_level::FulldiscoveredapplicationsRiskLevel;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod generaterandomstring;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use generaterandomstring::Generaterandomstring;

#[cfg(feature = "access-request-identity-metrics")]
mod get_access_request_identity_metrics_v1_type;
#[cfg(feature = "access-request-identity-metrics")]
pub use get_access_request_identity_metrics_v1_type::GetAccessRequestIdentityMetricsV1Type;

#[cfg(feature = "certification-campaigns")]
mod get_active_campaigns_v1200_response_inner;
#[cfg(feature = "certification-campaigns")]
pub use get_active_campaigns_v1200_response_inner::GetActiveCampaignsV1200ResponseInner;

#[cfg(feature = "certification-campaigns")]
mod get_active_campaigns_v1_detail;
#[cfg(feature = "certification-campaigns")]
pub use get_active_campaigns_v1_detail::GetActiveCampaignsV1Detail;

#[cfg(feature = "certification-campaigns")]
mod get_campaign_v1200_response;
#[cfg(feature = "certification-campaigns")]
pub use get_campaign_v1200_response::GetCampaignV1200Response;

#[cfg(feature = "certification-campaigns")]
mod get_campaign_v1_detail;
#[cfg(feature = "certification-campaigns")]
pub use get_campaign_v1_detail::GetCampaignV1Detail;

#[cfg(feature = "connectors")]
mod get_connector_list_v1_locale;
#[cfg(feature = "connectors")]
pub use get_connector_list_v1_locale::GetConnectorListV1Locale;

#[cfg(feature = "connectors")]
mod get_connector_translations_v1_locale;
#[cfg(feature = "connectors")]
pub use get_connector_translations_v1_locale::GetConnectorTranslationsV1Locale;

#[cfg(feature = "connectors")]
mod get_connector_v1_locale;
#[cfg(feature = "connectors")]
pub use get_connector_v1_locale::GetConnectorV1Locale;

#[cfg(feature = "custom-password-instructions")]
mod get_custom_password_instructions_v1_page_id;
#[cfg(feature = "custom-password-instructions")]
pub use get_custom_password_instructions_v1_page_id::GetCustomPasswordInstructionsV1PageId;

#[cfg(feature = "application-discovery")]
mod get_discovered_applications_v1200_response_inner;
#[cfg(feature = "application-discovery")]
pub use get_discovered_applications_v1200_response_inner::GetDiscoveredApplicationsV1200ResponseInner;

#[cfg(feature = "application-discovery")]
mod get_discovered_applications_v1_detail;
#[cfg(feature = "application-discovery")]
pub use get_discovered_applications_v1_detail::GetDiscoveredApplicationsV1Detail;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1400_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1400_response::GetFileFromS3v1400Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1400_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1400_response2::GetFileFromS3v1400Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1400_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1400_response3::GetFileFromS3v1400Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1400_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1400_response4::GetFileFromS3v1400Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1401_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1401_response::GetFileFromS3v1401Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1401_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1401_response2::GetFileFromS3v1401Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1401_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1401_response3::GetFileFromS3v1401Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1401_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1401_response4::GetFileFromS3v1401Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1403_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1403_response::GetFileFromS3v1403Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1403_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1403_response2::GetFileFromS3v1403Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1403_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1403_response3::GetFileFromS3v1403Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1403_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1403_response4::GetFileFromS3v1403Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1404_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1404_response::GetFileFromS3v1404Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1404_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1404_response2::GetFileFromS3v1404Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1404_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1404_response3::GetFileFromS3v1404Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1404_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1404_response4::GetFileFromS3v1404Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1500_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1500_response::GetFileFromS3v1500Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1500_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1500_response2::GetFileFromS3v1500Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1500_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1500_response3::GetFileFromS3v1500Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1500_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1500_response4::GetFileFromS3v1500Response4;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1503_response;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1503_response::GetFileFromS3v1503Response;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1503_response2;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1503_response2::GetFileFromS3v1503Response2;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1503_response3;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1503_response3::GetFileFromS3v1503Response3;

#[cfg(feature = "custom-forms")]
mod get_file_from_s3v1503_response4;
#[cfg(feature = "custom-forms")]
pub use get_file_from_s3v1503_response4::GetFileFromS3v1503Response4;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key_v1400_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key_v1400_response::GetFormDefinitionByKeyV1400Response;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key_v1401_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key_v1401_response::GetFormDefinitionByKeyV1401Response;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key_v1403_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key_v1403_response::GetFormDefinitionByKeyV1403Response;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key_v1404_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key_v1404_response::GetFormDefinitionByKeyV1404Response;

#[cfg(feature = "custom-forms")]
mod get_form_definition_by_key_v1500_response;
#[cfg(feature = "custom-forms")]
pub use get_form_definition_by_key_v1500_response::GetFormDefinitionByKeyV1500Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key_v1400_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key_v1400_response::GetFormInstanceByKeyV1400Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key_v1401_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key_v1401_response::GetFormInstanceByKeyV1401Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key_v1403_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key_v1403_response::GetFormInstanceByKeyV1403Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key_v1404_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key_v1404_response::GetFormInstanceByKeyV1404Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_by_key_v1500_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_by_key_v1500_response::GetFormInstanceByKeyV1500Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1400_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1400_response::GetFormInstanceFileV1400Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1400_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1400_response2::GetFormInstanceFileV1400Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1400_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1400_response3::GetFormInstanceFileV1400Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1400_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1400_response4::GetFormInstanceFileV1400Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1401_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1401_response::GetFormInstanceFileV1401Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1401_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1401_response2::GetFormInstanceFileV1401Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1401_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1401_response3::GetFormInstanceFileV1401Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1401_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1401_response4::GetFormInstanceFileV1401Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1403_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1403_response::GetFormInstanceFileV1403Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1403_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1403_response2::GetFormInstanceFileV1403Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1403_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1403_response3::GetFormInstanceFileV1403Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1403_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1403_response4::GetFormInstanceFileV1403Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1404_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1404_response::GetFormInstanceFileV1404Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1404_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1404_response2::GetFormInstanceFileV1404Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1404_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1404_response3::GetFormInstanceFileV1404Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1404_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1404_response4::GetFormInstanceFileV1404Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1500_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1500_response::GetFormInstanceFileV1500Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1500_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1500_response2::GetFormInstanceFileV1500Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1500_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1500_response3::GetFormInstanceFileV1500Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1500_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1500_response4::GetFormInstanceFileV1500Response4;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1503_response;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1503_response::GetFormInstanceFileV1503Response;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1503_response2;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1503_response2::GetFormInstanceFileV1503Response2;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1503_response3;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1503_response3::GetFormInstanceFileV1503Response3;

#[cfg(feature = "custom-forms")]
mod get_form_instance_file_v1503_response4;
#[cfg(feature = "custom-forms")]
pub use get_form_instance_file_v1503_response4::GetFormInstanceFileV1503Response4;

#[cfg(feature = "identity-history")]
mod get_historical_identity_events_v1200_response_inner;
#[cfg(feature = "identity-history")]
pub use get_historical_identity_events_v1200_response_inner::GetHistoricalIdentityEventsV1200ResponseInner;

#[cfg(feature = "certification-summaries")]
mod get_identity_access_summaries_v1_type;
#[cfg(feature = "certification-summaries")]
pub use get_identity_access_summaries_v1_type::GetIdentityAccessSummariesV1Type;

#[cfg(feature = "iai-outliers")]
mod get_identity_outlier_snapshots_v1_type;
#[cfg(feature = "iai-outliers")]
pub use get_identity_outlier_snapshots_v1_type::GetIdentityOutlierSnapshotsV1Type;

#[cfg(feature = "iai-outliers")]
mod get_identity_outliers_v1_type;
#[cfg(feature = "iai-outliers")]
pub use get_identity_outliers_v1_type::GetIdentityOutliersV1Type;

#[cfg(feature = "identity-history")]
mod get_identity_snapshot_summary_v1_interval;
#[cfg(feature = "identity-history")]
pub use get_identity_snapshot_summary_v1_interval::GetIdentitySnapshotSummaryV1Interval;

#[cfg(feature = "intelligence")]
mod get_intel_identity_non_human_identity_ownership_v1_category;
#[cfg(feature = "intelligence")]
pub use get_intel_identity_non_human_identity_ownership_v1_category::GetIntelIdentityNonHumanIdentityOwnershipV1Category;

#[cfg(feature = "intelligence")]
mod get_intel_identity_non_human_identity_ownership_v1_ownership_role;
#[cfg(feature = "intelligence")]
pub use get_intel_identity_non_human_identity_ownership_v1_ownership_role::GetIntelIdentityNonHumanIdentityOwnershipV1OwnershipRole;

#[cfg(feature = "jit-access")]
mod get_jit_activation_config_v1_config_type;
#[cfg(feature = "jit-access")]
pub use get_jit_activation_config_v1_config_type::GetJitActivationConfigV1ConfigType;

#[cfg(feature = "iai-outliers")]
mod get_latest_identity_outlier_snapshots_v1_type;
#[cfg(feature = "iai-outliers")]
pub use get_latest_identity_outlier_snapshots_v1_type::GetLatestIdentityOutlierSnapshotsV1Type;

#[cfg(feature = "launchers")]
mod get_launchers_v1200_response;
#[cfg(feature = "launchers")]
pub use get_launchers_v1200_response::GetLaunchersV1200Response;

#[cfg(feature = "notifications")]
mod get_notification_template_variables_v1_medium;
#[cfg(feature = "notifications")]
pub use get_notification_template_variables_v1_medium::GetNotificationTemplateVariablesV1Medium;

#[cfg(feature = "iai-peer-group-strategies")]
mod get_peer_group_outliers_v1_strategy;
#[cfg(feature = "iai-peer-group-strategies")]
pub use get_peer_group_outliers_v1_strategy::GetPeerGroupOutliersV1Strategy;

#[cfg(feature = "reports-data-extraction")]
mod get_report_v1_file_format;
#[cfg(feature = "reports-data-extraction")]
pub use get_report_v1_file_format::GetReportV1FileFormat;

#[cfg(feature = "identities")]
mod get_role_assignments_v1200_response_inner;
#[cfg(feature = "identities")]
pub use get_role_assignments_v1200_response_inner::GetRoleAssignmentsV1200ResponseInner;

#[cfg(feature = "sources")]
mod get_source_config_v1_locale;
#[cfg(feature = "sources")]
pub use get_source_config_v1_locale::GetSourceConfigV1Locale;

#[cfg(feature = "sources")]
mod get_source_schedule_v1_schedule_type;
#[cfg(feature = "sources")]
pub use get_source_schedule_v1_schedule_type::GetSourceScheduleV1ScheduleType;

#[cfg(feature = "sources")]
mod get_source_schemas_v1_include_types;
#[cfg(feature = "sources")]
pub use get_source_schemas_v1_include_types::GetSourceSchemasV1IncludeTypes;

#[cfg(feature = "shared-signals-framework-ssf")]
mod get_stream_v1200_response;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use get_stream_v1200_response::GetStreamV1200Response;

#[cfg(feature = "tagged-objects")]
mod get_tagged_object_v1_type;
#[cfg(feature = "tagged-objects")]
pub use get_tagged_object_v1_type::GetTaggedObjectV1Type;

#[cfg(feature = "tenant-context")]
mod get_tenant_context_v1200_response_inner;
#[cfg(feature = "tenant-context")]
pub use get_tenant_context_v1200_response_inner::GetTenantContextV1200ResponseInner;

#[cfg(feature = "o-auth-clients")]
mod getoauthclientresponse;
#[cfg(feature = "o-auth-clients")]
pub use getoauthclientresponse::Getoauthclientresponse;

#[cfg(feature = "personal-access-tokens")]
mod getpersonalaccesstokenresponse;
#[cfg(feature = "personal-access-tokens")]
pub use getpersonalaccesstokenresponse::Getpersonalaccesstokenresponse;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod getreferenceidentityattribute;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use getreferenceidentityattribute::Getreferenceidentityattribute;

#[cfg(feature = "o-auth-clients")]
mod granttype;
#[cfg(feature = "o-auth-clients")]
pub use granttype::Granttype;

#[cfg(feature = "managed-clients")]
mod healthevent;
#[cfg(feature = "managed-clients")]
pub use healthevent::Healthevent;

#[cfg(feature = "managed-clients")]
mod healthindicatorcategory;
#[cfg(feature = "managed-clients")]
pub use healthindicatorcategory::Healthindicatorcategory;

#[cfg(feature = "custom-user-levels")]
mod hierarchicalrightset;
#[cfg(feature = "custom-user-levels")]
pub use hierarchicalrightset::Hierarchicalrightset;

#[cfg(feature = "triggers")]
mod httpauthenticationtype;
#[cfg(feature = "triggers")]
pub use httpauthenticationtype::Httpauthenticationtype;

#[cfg(feature = "triggers")]
mod httpconfig;
#[cfg(feature = "triggers")]
pub use httpconfig::Httpconfig;

#[cfg(feature = "triggers")]
mod httpdispatchmode;
#[cfg(feature = "triggers")]
pub use httpdispatchmode::Httpdispatchmode;

#[cfg(feature = "reports-data-extraction")]
mod identities_details_report_arguments;
#[cfg(feature = "reports-data-extraction")]
pub use identities_details_report_arguments::IdentitiesDetailsReportArguments;

#[cfg(feature = "reports-data-extraction")]
mod identities_report_arguments;
#[cfg(feature = "reports-data-extraction")]
pub use identities_report_arguments::IdentitiesReportArguments;

#[cfg(feature = "accounts")]
mod identitiesaccountsbulkrequest;
#[cfg(feature = "accounts")]
pub use identitiesaccountsbulkrequest::Identitiesaccountsbulkrequest;

#[cfg(feature = "identities")]
mod identity;
#[cfg(feature = "identities")]
pub use identity::Identity;

#[cfg(feature = "work-reassignment")]
mod identity2;
#[cfg(feature = "work-reassignment")]
pub use identity2::Identity2;

#[cfg(feature = "identities")]
mod identity_identity_status;
#[cfg(feature = "identities")]
pub use identity_identity_status::IdentityIdentityStatus;

#[cfg(feature = "identities")]
mod identity_manager_ref;
#[cfg(feature = "identities")]
pub use identity_manager_ref::IdentityManagerRef;

#[cfg(feature = "identities")]
mod identity_manager_ref_type;
#[cfg(feature = "identities")]
pub use identity_manager_ref_type::IdentityManagerRefType;

#[cfg(feature = "identities")]
mod identity_processing_state;
#[cfg(feature = "identities")]
pub use identity_processing_state::IdentityProcessingState;

#[cfg(feature = "reports-data-extraction")]
mod identity_profile_identity_error_report_arguments;
#[cfg(feature = "reports-data-extraction")]
pub use identity_profile_identity_error_report_arguments::IdentityProfileIdentityErrorReportArguments;

#[cfg(feature = "search")]
mod identityaccess;
#[cfg(feature = "search")]
pub use identityaccess::Identityaccess;

#[cfg(feature = "access-requests")]
mod identityaccountselections;
#[cfg(feature = "access-requests")]
pub use identityaccountselections::Identityaccountselections;

#[cfg(feature = "identities")]
mod identityassociationdetails;
#[cfg(feature = "identities")]
pub use identityassociationdetails::Identityassociationdetails;

#[cfg(feature = "identities")]
mod identityassociationdetails_association_details_inner;
#[cfg(feature = "identities")]
pub use identityassociationdetails_association_details_inner::IdentityassociationdetailsAssociationDetailsInner;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod identityattribute;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use identityattribute::Identityattribute;

#[cfg(feature = "identity-attributes")]
mod identityattribute2;
#[cfg(feature = "identity-attributes")]
pub use identityattribute2::Identityattribute2;

#[cfg(feature = "identity-profiles")]
mod identityattributeconfig;
#[cfg(feature = "identity-profiles")]
pub use identityattributeconfig::Identityattributeconfig;

#[cfg(feature = "identity-attributes")]
mod identityattributenames;
#[cfg(feature = "identity-attributes")]
pub use identityattributenames::Identityattributenames;

#[cfg(feature = "identity-profiles")]
mod identityattributepreview;
#[cfg(feature = "identity-profiles")]
pub use identityattributepreview::Identityattributepreview;

#[cfg(feature = "triggers")]
mod identityattributeschanged;
#[cfg(feature = "triggers")]
pub use identityattributeschanged::Identityattributeschanged;

#[cfg(feature = "triggers")]
mod identityattributeschanged_changes_inner;
#[cfg(feature = "triggers")]
pub use identityattributeschanged_changes_inner::IdentityattributeschangedChangesInner;

#[cfg(feature = "triggers")]
mod identityattributeschanged_changes_inner_new_value;
#[cfg(feature = "triggers")]
pub use identityattributeschanged_changes_inner_new_value::IdentityattributeschangedChangesInnerNewValue;

#[cfg(feature = "triggers")]
mod identityattributeschanged_changes_inner_new_value_variant4_value;
#[cfg(feature = "triggers")]
pub use identityattributeschanged_changes_inner_new_value_variant4_value::IdentityattributeschangedChangesInnerNewValueVariant4Value;

#[cfg(feature = "triggers")]
mod identityattributeschanged_changes_inner_old_value;
#[cfg(feature = "triggers")]
pub use identityattributeschanged_changes_inner_old_value::IdentityattributeschangedChangesInnerOldValue;

#[cfg(feature = "triggers")]
mod identityattributeschanged_changes_inner_old_value_variant4_value;
#[cfg(feature = "triggers")]
pub use identityattributeschanged_changes_inner_old_value_variant4_value::IdentityattributeschangedChangesInnerOldValueVariant4Value;

#[cfg(feature = "triggers")]
mod identityattributeschanged_identity;
#[cfg(feature = "triggers")]
pub use identityattributeschanged_identity::IdentityattributeschangedIdentity;

#[cfg(feature = "triggers")]
mod identityattributeschanged_identity_type;
#[cfg(feature = "triggers")]
pub use identityattributeschanged_identity_type::IdentityattributeschangedIdentityType;

#[cfg(feature = "identity-profiles")]
mod identityattributetransform;
#[cfg(feature = "identity-profiles")]
pub use identityattributetransform::Identityattributetransform;

#[cfg(feature = "certification-summaries")]
mod identitycertdecisionsummary;
#[cfg(feature = "certification-summaries")]
pub use identitycertdecisionsummary::Identitycertdecisionsummary;

#[cfg(feature = "certifications")]
mod identitycertificationdto;
#[cfg(feature = "certifications")]
pub use identitycertificationdto::Identitycertificationdto;

#[cfg(feature = "identity-history")]
mod identitycertified;
#[cfg(feature = "identity-history")]
pub use identitycertified::Identitycertified;

#[cfg(feature = "data-access-security")]
mod identitycollectorlistitem;
#[cfg(feature = "data-access-security")]
pub use identitycollectorlistitem::Identitycollectorlistitem;

#[cfg(feature = "identity-history")]
mod identitycompareresponse;
#[cfg(feature = "identity-history")]
pub use identitycompareresponse::Identitycompareresponse;

#[cfg(feature = "triggers")]
mod identitycreated;
#[cfg(feature = "triggers")]
pub use identitycreated::Identitycreated;

#[cfg(feature = "triggers")]
mod identitycreated_identity;
#[cfg(feature = "triggers")]
pub use identitycreated_identity::IdentitycreatedIdentity;

#[cfg(feature = "triggers")]
mod identitycreated_identity_type;
#[cfg(feature = "triggers")]
pub use identitycreated_identity_type::IdentitycreatedIdentityType;

#[cfg(feature = "triggers")]
mod identitydeleted;
#[cfg(feature = "triggers")]
pub use identitydeleted::Identitydeleted;

#[cfg(feature = "triggers")]
mod identitydeleted_identity;
#[cfg(feature = "triggers")]
pub use identitydeleted_identity::IdentitydeletedIdentity;

#[cfg(feature = "triggers")]
mod identitydeleted_identity_type;
#[cfg(feature = "triggers")]
pub use identitydeleted_identity_type::IdentitydeletedIdentityType;

#[cfg(feature = "search")]
mod identitydocument;
#[cfg(feature = "search")]
pub use identitydocument::Identitydocument;

#[cfg(feature = "search")]
mod identitydocument_identity_profile;
#[cfg(feature = "search")]
pub use identitydocument_identity_profile::IdentitydocumentIdentityProfile;

#[cfg(feature = "search")]
mod identitydocument_manager;
#[cfg(feature = "search")]
pub use identitydocument_manager::IdentitydocumentManager;

#[cfg(feature = "search")]
mod identitydocument_source;
#[cfg(feature = "search")]
pub use identitydocument_source::IdentitydocumentSource;

#[cfg(feature = "search")]
mod identitydocuments;
#[cfg(feature = "search")]
pub use identitydocuments::Identitydocuments;

#[cfg(feature = "identities")]
mod identityentities;
#[cfg(feature = "identities")]
pub use identityentities::Identityentities;

#[cfg(feature = "identities")]
mod identityentities_identity_entity;
#[cfg(feature = "identities")]
pub use identityentities_identity_entity::IdentityentitiesIdentityEntity;

#[cfg(feature = "access-requests")]
mod identityentitlementdetails;
#[cfg(feature = "access-requests")]
pub use identityentitlementdetails::Identityentitlementdetails;

#[cfg(feature = "access-requests")]
mod identityentitlementdetailsaccounttarget;
#[cfg(feature = "access-requests")]
pub use identityentitlementdetailsaccounttarget::Identityentitlementdetailsaccounttarget;

#[cfg(feature = "access-requests")]
mod identityentitlementdetailsentitlementdto;
#[cfg(feature = "access-requests")]
pub use identityentitlementdetailsentitlementdto::Identityentitlementdetailsentitlementdto;

#[cfg(feature = "identities")]
mod identityentitlements;
#[cfg(feature = "identities")]
pub use identityentitlements::Identityentitlements;

#[cfg(feature = "identity-profiles")]
mod identityexceptionreportreference;
#[cfg(feature = "identity-profiles")]
pub use identityexceptionreportreference::Identityexceptionreportreference;

#[cfg(feature = "identity-history")]
mod identityhistoryresponse;
#[cfg(feature = "identity-history")]
pub use identityhistoryresponse::Identityhistoryresponse;

#[cfg(feature = "identity-history")]
mod identitylistitem;
#[cfg(feature = "identity-history")]
pub use identitylistitem::Identitylistitem;

#[cfg(feature = "identities")]
mod identityownershipassociationdetails;
#[cfg(feature = "identities")]
pub use identityownershipassociationdetails::Identityownershipassociationdetails;

#[cfg(feature = "identities")]
mod identityownershipassociationdetails_association_details_inner;
#[cfg(feature = "identities")]
pub use identityownershipassociationdetails_association_details_inner::IdentityownershipassociationdetailsAssociationDetailsInner;

#[cfg(feature = "identity-profiles")]
mod identitypreviewrequest;
#[cfg(feature = "identity-profiles")]
pub use identitypreviewrequest::Identitypreviewrequest;

#[cfg(feature = "identity-profiles")]
mod identitypreviewresponse;
#[cfg(feature = "identity-profiles")]
pub use identitypreviewresponse::Identitypreviewresponse;

#[cfg(feature = "identity-profiles")]
mod identitypreviewresponse_identity;
#[cfg(feature = "identity-profiles")]
pub use identitypreviewresponse_identity::IdentitypreviewresponseIdentity;

#[cfg(feature = "identity-profiles")]
mod identitypreviewresponse_identity_type;
#[cfg(feature = "identity-profiles")]
pub use identitypreviewresponse_identity_type::IdentitypreviewresponseIdentityType;

#[cfg(feature = "identity-profiles")]
mod identityprofile;
#[cfg(feature = "identity-profiles")]
pub use identityprofile::Identityprofile;

#[cfg(feature = "identity-profiles")]
mod identityprofile_authoritative_source;
#[cfg(feature = "identity-profiles")]
pub use identityprofile_authoritative_source::IdentityprofileAuthoritativeSource;

#[cfg(feature = "identity-profiles")]
mod identityprofile_authoritative_source_type;
#[cfg(feature = "identity-profiles")]
pub use identityprofile_authoritative_source_type::IdentityprofileAuthoritativeSourceType;

#[cfg(feature = "identity-profiles")]
mod identityprofile_owner;
#[cfg(feature = "identity-profiles")]
pub use identityprofile_owner::IdentityprofileOwner;

#[cfg(feature = "identity-profiles")]
mod identityprofile_owner_type;
#[cfg(feature = "identity-profiles")]
pub use identityprofile_owner_type::IdentityprofileOwnerType;

#[cfg(feature = "identity-profiles")]
mod identityprofilebulkdelete;
#[cfg(feature = "identity-profiles")]
pub use identityprofilebulkdelete::Identityprofilebulkdelete;

#[cfg(feature = "identity-profiles")]
mod identityprofileexportedobject;
#[cfg(feature = "identity-profiles")]
pub use identityprofileexportedobject::Identityprofileexportedobject;

#[cfg(feature = "identity-profiles")]
mod identityprofileexportedobject_self;
#[cfg(feature = "identity-profiles")]
pub use identityprofileexportedobject_self::IdentityprofileexportedobjectSelf;

#[cfg(feature = "identity-profiles")]
mod identityprofileexportedobject_self_type;
#[cfg(feature = "identity-profiles")]
pub use identityprofileexportedobject_self_type::IdentityprofileexportedobjectSelfType;

#[cfg(feature = "sources")]
mod identityprofilesconnections;
#[cfg(feature = "sources")]
pub use identityprofilesconnections::Identityprofilesconnections;

#[cfg(
    any(
        feature = "account-deletion-requests",
        feature = "custom-user-levels",
        feature = "public-identities",
        feature = "public-identities-config"
    )
)]
mod identityreference;
#[cfg(
    any(
        feature = "account-deletion-requests",
        feature = "custom-user-levels",
        feature = "public-identities",
        feature = "public-identities-config"
    )
)]
pub use identityreference::Identityreference;

#[cfg(feature = "triggers")]
mod identityreference2;
#[cfg(feature = "triggers")]
pub use identityreference2::Identityreference2;

#[cfg(
    any(
        feature = "access-requests",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "requestable-objects"
    )
)]
mod identityreferencewithnameandemail;
#[cfg(
    any(
        feature = "access-requests",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "requestable-objects"
    )
)]
pub use identityreferencewithnameandemail::Identityreferencewithnameandemail;

#[cfg(feature = "identity-history")]
mod identitysnapshotsummaryresponse;
#[cfg(feature = "identity-history")]
pub use identitysnapshotsummaryresponse::Identitysnapshotsummaryresponse;

#[cfg(feature = "account-activities")]
mod identitysummary;
#[cfg(feature = "account-activities")]
pub use identitysummary::Identitysummary;

#[cfg(feature = "identities")]
mod identitysyncjob;
#[cfg(feature = "identities")]
pub use identitysyncjob::Identitysyncjob;

#[cfg(feature = "identities")]
mod identitysyncjob_status;
#[cfg(feature = "identities")]
pub use identitysyncjob_status::IdentitysyncjobStatus;

#[cfg(feature = "identities")]
mod identitysyncpayload;
#[cfg(feature = "identities")]
pub use identitysyncpayload::Identitysyncpayload;

#[cfg(feature = "sod-violations")]
mod identitywithnewaccess;
#[cfg(feature = "sod-violations")]
pub use identitywithnewaccess::Identitywithnewaccess;

#[cfg(feature = "sod-violations")]
mod identitywithnewaccess_access_refs_inner;
#[cfg(feature = "sod-violations")]
pub use identitywithnewaccess_access_refs_inner::IdentitywithnewaccessAccessRefsInner;

#[cfg(feature = "sod-violations")]
mod identitywithnewaccess_access_refs_inner_type;
#[cfg(feature = "sod-violations")]
pub use identitywithnewaccess_access_refs_inner_type::IdentitywithnewaccessAccessRefsInnerType;

#[cfg(feature = "global-tenant-security-settings")]
mod idpdetails;
#[cfg(feature = "global-tenant-security-settings")]
pub use idpdetails::Idpdetails;

#[cfg(feature = "sources")]
mod import_accounts_schema_v1_request;
#[cfg(feature = "sources")]
pub use import_accounts_schema_v1_request::ImportAccountsSchemaV1Request;

#[cfg(feature = "sources")]
mod import_accounts_v1_request;
#[cfg(feature = "sources")]
pub use import_accounts_v1_request::ImportAccountsV1Request;

#[cfg(feature = "sources")]
mod import_connector_file_v1_request;
#[cfg(feature = "sources")]
pub use import_connector_file_v1_request::ImportConnectorFileV1Request;

#[cfg(feature = "entitlements")]
mod import_entitlements_by_source_v1_request;
#[cfg(feature = "entitlements")]
pub use import_entitlements_by_source_v1_request::ImportEntitlementsBySourceV1Request;

#[cfg(feature = "sources")]
mod import_entitlements_schema_v1_request;
#[cfg(feature = "sources")]
pub use import_entitlements_schema_v1_request::ImportEntitlementsSchemaV1Request;

#[cfg(feature = "sources")]
mod import_entitlements_v1_request;
#[cfg(feature = "sources")]
pub use import_entitlements_v1_request::ImportEntitlementsV1Request;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1202_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1202_response::ImportFormDefinitionsV1202Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1202_response_errors_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1202_response_errors_inner::ImportFormDefinitionsV1202ResponseErrorsInner;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1202_response_imported_objects_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1202_response_imported_objects_inner::ImportFormDefinitionsV1202ResponseImportedObjectsInner;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1202_response_infos_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1202_response_infos_inner::ImportFormDefinitionsV1202ResponseInfosInner;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1202_response_warnings_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1202_response_warnings_inner::ImportFormDefinitionsV1202ResponseWarningsInner;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1400_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1400_response::ImportFormDefinitionsV1400Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1401_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1401_response::ImportFormDefinitionsV1401Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1403_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1403_response::ImportFormDefinitionsV1403Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1500_response;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1500_response::ImportFormDefinitionsV1500Response;

#[cfg(feature = "custom-forms")]
mod import_form_definitions_v1_request_inner;
#[cfg(feature = "custom-forms")]
pub use import_form_definitions_v1_request_inner::ImportFormDefinitionsV1RequestInner;

#[cfg(feature = "non-employee-lifecycle-management")]
mod import_non_employee_records_in_bulk_v1_request;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use import_non_employee_records_in_bulk_v1_request::ImportNonEmployeeRecordsInBulkV1Request;

#[cfg(feature = "sp-config")]
mod import_sp_config_v1_request;
#[cfg(feature = "sp-config")]
pub use import_sp_config_v1_request::ImportSpConfigV1Request;

#[cfg(feature = "sources")]
mod import_uncorrelated_accounts_v1_request;
#[cfg(feature = "sources")]
pub use import_uncorrelated_accounts_v1_request::ImportUncorrelatedAccountsV1Request;

#[cfg(feature = "identity-profiles")]
mod importobject;
#[cfg(feature = "identity-profiles")]
pub use importobject::Importobject;

#[cfg(feature = "identity-profiles")]
mod importobject_type;
#[cfg(feature = "identity-profiles")]
pub use importobject_type::ImportobjectType;

#[cfg(feature = "sp-config")]
mod importoptions;
#[cfg(feature = "sp-config")]
pub use importoptions::Importoptions;

#[cfg(feature = "sp-config")]
mod importoptions_default_references_inner;
#[cfg(feature = "sp-config")]
pub use importoptions_default_references_inner::ImportoptionsDefaultReferencesInner;

#[cfg(feature = "sp-config")]
mod importoptions_exclude_types_inner;
#[cfg(feature = "sp-config")]
pub use importoptions_exclude_types_inner::ImportoptionsExcludeTypesInner;

#[cfg(feature = "sp-config")]
mod importoptions_include_types_inner;
#[cfg(feature = "sp-config")]
pub use importoptions_include_types_inner::ImportoptionsIncludeTypesInner;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "reports-data-extraction",
        feature = "saved-search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod index;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "reports-data-extraction",
        feature = "saved-search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
pub use index::Index;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod indexof;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use indexof::Indexof;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod innerhit;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use innerhit::Innerhit;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod input;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use input::Input;

#[cfg(feature = "data-access-security")]
mod int64stringkeyvaluepair;
#[cfg(feature = "data-access-security")]
pub use int64stringkeyvaluepair::Int64stringkeyvaluepair;

#[cfg(feature = "intelligence")]
mod intel_blast_radius_summary;
#[cfg(feature = "intelligence")]
pub use intel_blast_radius_summary::IntelBlastRadiusSummary;

#[cfg(feature = "intelligence")]
mod intel_identity_ambiguous_body;
#[cfg(feature = "intelligence")]
pub use intel_identity_ambiguous_body::IntelIdentityAmbiguousBody;

#[cfg(feature = "intelligence")]
mod intel_identity_ambiguous_body_detail_code;
#[cfg(feature = "intelligence")]
pub use intel_identity_ambiguous_body_detail_code::IntelIdentityAmbiguousBodyDetailCode;

#[cfg(feature = "intelligence")]
mod intel_identity_ambiguous_candidate;
#[cfg(feature = "intelligence")]
pub use intel_identity_ambiguous_candidate::IntelIdentityAmbiguousCandidate;

#[cfg(feature = "intelligence")]
mod intel_non_human_identity_owned_slice;
#[cfg(feature = "intelligence")]
pub use intel_non_human_identity_owned_slice::IntelNonHumanIdentityOwnedSlice;

#[cfg(feature = "intelligence")]
mod intel_non_human_identity_ownership;
#[cfg(feature = "intelligence")]
pub use intel_non_human_identity_ownership::IntelNonHumanIdentityOwnership;

#[cfg(feature = "intelligence")]
mod intel_non_human_identity_ownership_category;
#[cfg(feature = "intelligence")]
pub use intel_non_human_identity_ownership_category::IntelNonHumanIdentityOwnershipCategory;

#[cfg(feature = "intelligence")]
mod intel_non_human_identity_ownership_category_reason;
#[cfg(feature = "intelligence")]
pub use intel_non_human_identity_ownership_category_reason::IntelNonHumanIdentityOwnershipCategoryReason;

#[cfg(feature = "intelligence")]
mod intel_non_human_identity_ownership_item;
#[cfg(feature = "intelligence")]
pub use intel_non_human_identity_ownership_item::IntelNonHumanIdentityOwnershipItem;

#[cfg(feature = "intelligence")]
mod intelaccessaccountwire;
#[cfg(feature = "intelligence")]
pub use intelaccessaccountwire::Intelaccessaccountwire;

#[cfg(feature = "intelligence")]
mod intelaccesshistory;
#[cfg(feature = "intelligence")]
pub use intelaccesshistory::Intelaccesshistory;

#[cfg(feature = "intelligence")]
mod intelaccesshistoryaccessitemsslice;
#[cfg(feature = "intelligence")]
pub use intelaccesshistoryaccessitemsslice::Intelaccesshistoryaccessitemsslice;

#[cfg(feature = "intelligence")]
mod intelaccesshistorycertificationsslice;
#[cfg(feature = "intelligence")]
pub use intelaccesshistorycertificationsslice::Intelaccesshistorycertificationsslice;

#[cfg(feature = "intelligence")]
mod intelaccessitemhistoryevent;
#[cfg(feature = "intelligence")]
pub use intelaccessitemhistoryevent::Intelaccessitemhistoryevent;

#[cfg(feature = "intelligence")]
mod intelaccessitemhistoryevent_event_type;
#[cfg(feature = "intelligence")]
pub use intelaccessitemhistoryevent_event_type::IntelaccessitemhistoryeventEventType;

#[cfg(feature = "intelligence")]
mod intelaccesssourcewire;
#[cfg(feature = "intelligence")]
pub use intelaccesssourcewire::Intelaccesssourcewire;

#[cfg(feature = "intelligence")]
mod intelaccountsslice;
#[cfg(feature = "intelligence")]
pub use intelaccountsslice::Intelaccountsslice;

#[cfg(feature = "intelligence")]
mod intelcertificationhistoryevent;
#[cfg(feature = "intelligence")]
pub use intelcertificationhistoryevent::Intelcertificationhistoryevent;

#[cfg(feature = "intelligence")]
mod intelcertificationhistoryevent_event_type;
#[cfg(feature = "intelligence")]
pub use intelcertificationhistoryevent_event_type::IntelcertificationhistoryeventEventType;

#[cfg(feature = "intelligence")]
mod intelidentityaggregate;
#[cfg(feature = "intelligence")]
pub use intelidentityaggregate::Intelidentityaggregate;

#[cfg(feature = "intelligence")]
mod intelidentityaggregate_subtype;
#[cfg(feature = "intelligence")]
pub use intelidentityaggregate_subtype::IntelidentityaggregateSubtype;

#[cfg(feature = "intelligence")]
mod intelidentityaggregate_type;
#[cfg(feature = "intelligence")]
pub use intelidentityaggregate_type::IntelidentityaggregateType;

#[cfg(feature = "intelligence")]
mod intelidentityenvelope;
#[cfg(feature = "intelligence")]
pub use intelidentityenvelope::Intelidentityenvelope;

#[cfg(feature = "intelligence")]
mod intelidentitygraphlink;
#[cfg(feature = "intelligence")]
pub use intelidentitygraphlink::Intelidentitygraphlink;

#[cfg(feature = "intelligence")]
mod intelidentitymachineaggregate;
#[cfg(feature = "intelligence")]
pub use intelidentitymachineaggregate::Intelidentitymachineaggregate;

#[cfg(feature = "intelligence")]
mod intelidentitymachineaggregate_match_confidence;
#[cfg(feature = "intelligence")]
pub use intelidentitymachineaggregate_match_confidence::IntelidentitymachineaggregateMatchConfidence;

#[cfg(feature = "intelligence")]
mod intelidentitymachineaggregate_type;
#[cfg(feature = "intelligence")]
pub use intelidentitymachineaggregate_type::IntelidentitymachineaggregateType;

#[cfg(feature = "intelligence")]
mod intelidentitynotfoundbody;
#[cfg(feature = "intelligence")]
pub use intelidentitynotfoundbody::Intelidentitynotfoundbody;

#[cfg(feature = "intelligence")]
mod intelidentitynotfoundbody_detail_code;
#[cfg(feature = "intelligence")]
pub use intelidentitynotfoundbody_detail_code::IntelidentitynotfoundbodyDetailCode;

#[cfg(feature = "intelligence")]
mod intelmachineaccountsslice;
#[cfg(feature = "intelligence")]
pub use intelmachineaccountsslice::Intelmachineaccountsslice;

#[cfg(feature = "intelligence")]
mod intelmachineaccountwire;
#[cfg(feature = "intelligence")]
pub use intelmachineaccountwire::Intelmachineaccountwire;

#[cfg(feature = "intelligence")]
mod intelmachinederived;
#[cfg(feature = "intelligence")]
pub use intelmachinederived::Intelmachinederived;

#[cfg(feature = "intelligence")]
mod intelmachineentityref;
#[cfg(feature = "intelligence")]
pub use intelmachineentityref::Intelmachineentityref;

#[cfg(feature = "intelligence")]
mod intelmachineidentityowners;
#[cfg(feature = "intelligence")]
pub use intelmachineidentityowners::Intelmachineidentityowners;

#[cfg(feature = "intelligence")]
mod intelmachinesourcewire;
#[cfg(feature = "intelligence")]
pub use intelmachinesourcewire::Intelmachinesourcewire;

#[cfg(feature = "intelligence")]
mod intelmachineuserentitlement;
#[cfg(feature = "intelligence")]
pub use intelmachineuserentitlement::Intelmachineuserentitlement;

#[cfg(feature = "intelligence")]
mod inteloutlieraccessitem;
#[cfg(feature = "intelligence")]
pub use inteloutlieraccessitem::Inteloutlieraccessitem;

#[cfg(feature = "intelligence")]
mod inteloutliersslice;
#[cfg(feature = "intelligence")]
pub use inteloutliersslice::Inteloutliersslice;

#[cfg(feature = "intelligence")]
mod intelprivilegedaccessitemwire;
#[cfg(feature = "intelligence")]
pub use intelprivilegedaccessitemwire::Intelprivilegedaccessitemwire;

#[cfg(feature = "intelligence")]
mod intelprivilegedaccessitemwire_source;
#[cfg(feature = "intelligence")]
pub use intelprivilegedaccessitemwire_source::IntelprivilegedaccessitemwireSource;

#[cfg(feature = "intelligence")]
mod intelprivilegedaccessslice;
#[cfg(feature = "intelligence")]
pub use intelprivilegedaccessslice::Intelprivilegedaccessslice;

#[cfg(feature = "intelligence")]
mod intelprivilegelevel;
#[cfg(feature = "intelligence")]
pub use intelprivilegelevel::Intelprivilegelevel;

#[cfg(feature = "intelligence")]
mod intelprivilegelevel_effective;
#[cfg(feature = "intelligence")]
pub use intelprivilegelevel_effective::IntelprivilegelevelEffective;

#[cfg(feature = "intelligence")]
mod intelrareaccessslice;
#[cfg(feature = "intelligence")]
pub use intelrareaccessslice::Intelrareaccessslice;

#[cfg(feature = "identities")]
mod inviteidentitiesrequest;
#[cfg(feature = "identities")]
pub use inviteidentitiesrequest::Inviteidentitiesrequest;

#[cfg(feature = "triggers")]
mod invocation;
#[cfg(feature = "triggers")]
pub use invocation::Invocation;

#[cfg(feature = "triggers")]
mod invocationstatus;
#[cfg(feature = "triggers")]
pub use invocationstatus::Invocationstatus;

#[cfg(feature = "triggers")]
mod invocationstatustype;
#[cfg(feature = "triggers")]
pub use invocationstatustype::Invocationstatustype;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod iso3166;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use iso3166::Iso3166;

#[cfg(feature = "jit-access")]
mod jitaccessoperationrequest;
#[cfg(feature = "jit-access")]
pub use jitaccessoperationrequest::Jitaccessoperationrequest;

#[cfg(feature = "jit-access")]
mod jitaccessoperationrequest_op;
#[cfg(feature = "jit-access")]
pub use jitaccessoperationrequest_op::JitaccessoperationrequestOp;

#[cfg(feature = "jit-access")]
mod jitaccessoperationrequest_path;
#[cfg(feature = "jit-access")]
pub use jitaccessoperationrequest_path::JitaccessoperationrequestPath;

#[cfg(feature = "jit-access")]
mod jitaccessoperationrequest_value;
#[cfg(feature = "jit-access")]
pub use jitaccessoperationrequest_value::JitaccessoperationrequestValue;

#[cfg(feature = "jit-activations")]
mod jitactivationactivaterequest;
#[cfg(feature = "jit-activations")]
pub use jitactivationactivaterequest::Jitactivationactivaterequest;

#[cfg(feature = "jit-activations")]
mod jitactivationactivateresponse;
#[cfg(feature = "jit-activations")]
pub use jitactivationactivateresponse::Jitactivationactivateresponse;

#[cfg(feature = "jit-access")]
mod jitactivationconfigresponse;
#[cfg(feature = "jit-access")]
pub use jitactivationconfigresponse::Jitactivationconfigresponse;

#[cfg(feature = "jit-activations")]
mod jitactivationdeactivaterequest;
#[cfg(feature = "jit-activations")]
pub use jitactivationdeactivaterequest::Jitactivationdeactivaterequest;

#[cfg(feature = "jit-activations")]
mod jitactivationdeactivateresponse;
#[cfg(feature = "jit-activations")]
pub use jitactivationdeactivateresponse::Jitactivationdeactivateresponse;

#[cfg(feature = "jit-activations")]
mod jitactivationextendrequest;
#[cfg(feature = "jit-activations")]
pub use jitactivationextendrequest::Jitactivationextendrequest;

#[cfg(feature = "jit-activations")]
mod jitactivationextendresponse;
#[cfg(feature = "jit-activations")]
pub use jitactivationextendresponse::Jitactivationextendresponse;

#[cfg(feature = "jit-activations")]
mod jitactivationhistorydocument;
#[cfg(feature = "jit-activations")]
pub use jitactivationhistorydocument::Jitactivationhistorydocument;

#[cfg(feature = "jit-activations")]
mod jitactivationhistorydocument_frictions_inner;
#[cfg(feature = "jit-activations")]
pub use jitactivationhistorydocument_frictions_inner::JitactivationhistorydocumentFrictionsInner;

#[cfg(feature = "jit-activations")]
mod jitactivationhistorydocument_summary;
#[cfg(feature = "jit-activations")]
pub use jitactivationhistorydocument_summary::JitactivationhistorydocumentSummary;

#[cfg(feature = "jit-activations")]
mod jitactivationhistorydocument_summary_justification;
#[cfg(feature = "jit-activations")]
pub use jitactivationhistorydocument_summary_justification::JitactivationhistorydocumentSummaryJustification;

#[cfg(feature = "jit-activations")]
mod jitactivationhistorydocument_summary_policy_matches_inner;
#[cfg(feature = "jit-activations")]
pub use jitactivationhistorydocument_summary_policy_matches_inner::JitactivationhistorydocumentSummaryPolicyMatchesInner;

#[cfg(feature = "jit-activations")]
mod jitactivationhistorydocument_summary_reauthentication;
#[cfg(feature = "jit-activations")]
pub use jitactivationhistorydocument_summary_reauthentication::JitactivationhistorydocumentSummaryReauthentication;

#[cfg(feature = "jit-activations")]
mod jitactivationhistorydocument_summary_service_now_ticket;
#[cfg(feature = "jit-activations")]
pub use jitactivationhistorydocument_summary_service_now_ticket::JitactivationhistorydocumentSummaryServiceNowTicket;

#[cfg(feature = "global-tenant-security-settings")]
mod jitconfiguration;
#[cfg(feature = "global-tenant-security-settings")]
pub use jitconfiguration::Jitconfiguration;

#[cfg(
    any(
        feature = "configuration-hub",
        feature = "custom-user-levels",
        feature = "managed-cluster-types",
        feature = "sim-integrations"
    )
)]
mod jsonpatch;
#[cfg(
    any(
        feature = "configuration-hub",
        feature = "custom-user-levels",
        feature = "managed-cluster-types",
        feature = "sim-integrations"
    )
)]
pub use jsonpatch::Jsonpatch;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "business-applications",
        feature = "certification-campaigns",
        feature = "configuration-hub",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "machine-account-subtypes",
        feature = "machine-identities",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "task-management",
        feature = "tenant-context",
        feature = "workflows"
    )
)]
mod jsonpatchoperation;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "business-applications",
        feature = "certification-campaigns",
        feature = "configuration-hub",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "machine-account-subtypes",
        feature = "machine-identities",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "task-management",
        feature = "tenant-context",
        feature = "workflows"
    )
)]
pub use jsonpatchoperation::Jsonpatchoperation;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "business-applications",
        feature = "certification-campaigns",
        feature = "configuration-hub",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "machine-account-subtypes",
        feature = "machine-identities",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "task-management",
        feature = "tenant-context",
        feature = "workflows"
    )
)]
mod jsonpatchoperation_op;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "business-applications",
        feature = "certification-campaigns",
        feature = "configuration-hub",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "machine-account-subtypes",
        feature = "machine-identities",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "task-management",
        feature = "tenant-context",
        feature = "workflows"
    )
)]
pub use jsonpatchoperation_op::JsonpatchoperationOp;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "business-applications",
        feature = "certification-campaigns",
        feature = "configuration-hub",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "machine-account-subtypes",
        feature = "machine-identities",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "task-management",
        feature = "tenant-context",
        feature = "workflows"
    )
)]
mod jsonpatchoperation_value;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "business-applications",
        feature = "certification-campaigns",
        feature = "configuration-hub",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "machine-account-subtypes",
        feature = "machine-identities",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "task-management",
        feature = "tenant-context",
        feature = "workflows"
    )
)]
pub use jsonpatchoperation_value::JsonpatchoperationValue;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "business-applications",
        feature = "certification-campaigns",
        feature = "configuration-hub",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "machine-account-subtypes",
        feature = "machine-identities",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "task-management",
        feature = "tenant-context",
        feature = "workflows"
    )
)]
mod jsonpatchoperation_value_array_inner;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "business-applications",
        feature = "certification-campaigns",
        feature = "configuration-hub",
        feature = "connectors",
        feature = "custom-user-levels",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-role-mining",
        feature = "identity-profiles",
        feature = "lifecycle-states",
        feature = "machine-account-subtypes",
        feature = "machine-identities",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "non-employee-lifecycle-management",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "personal-access-tokens",
        feature = "roles",
        feature = "search-attribute-configuration",
        feature = "service-desk-integration",
        feature = "sim-integrations",
        feature = "sod-policies",
        feature = "sources",
        feature = "suggested-entitlement-description",
        feature = "task-management",
        feature = "tenant-context",
        feature = "workflows"
    )
)]
pub use jsonpatchoperation_value_array_inner::JsonpatchoperationValueArrayInner;

#[cfg(feature = "iai-role-mining")]
mod jsonpatchoperationrolemining;
#[cfg(feature = "iai-role-mining")]
pub use jsonpatchoperationrolemining::Jsonpatchoperationrolemining;

#[cfg(feature = "iai-role-mining")]
mod jsonpatchoperationrolemining_op;
#[cfg(feature = "iai-role-mining")]
pub use jsonpatchoperationrolemining_op::JsonpatchoperationroleminingOp;

#[cfg(feature = "iai-role-mining")]
mod jsonpatchoperationrolemining_value;
#[cfg(feature = "iai-role-mining")]
pub use jsonpatchoperationrolemining_value::JsonpatchoperationroleminingValue;

#[cfg(feature = "iai-role-mining")]
mod jsonpatchoperationrolemining_value_array_inner;
#[cfg(feature = "iai-role-mining")]
pub use jsonpatchoperationrolemining_value_array_inner::JsonpatchoperationroleminingValueArrayInner;

#[cfg(feature = "shared-signals-framework-ssf")]
mod jwk;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use jwk::Jwk;

#[cfg(feature = "shared-signals-framework-ssf")]
mod jwks;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use jwks::Jwks;

#[cfg(feature = "mfa-configuration")]
mod kbaanswerrequestitem;
#[cfg(feature = "mfa-configuration")]
pub use kbaanswerrequestitem::Kbaanswerrequestitem;

#[cfg(feature = "mfa-configuration")]
mod kbaanswerresponseitem;
#[cfg(feature = "mfa-configuration")]
pub use kbaanswerresponseitem::Kbaanswerresponseitem;

#[cfg(feature = "mfa-configuration")]
mod kbaquestion;
#[cfg(feature = "mfa-configuration")]
pub use kbaquestion::Kbaquestion;

#[cfg(feature = "iai-outliers")]
mod latestoutliersummary;
#[cfg(feature = "iai-outliers")]
pub use latestoutliersummary::Latestoutliersummary;

#[cfg(feature = "iai-outliers")]
mod latestoutliersummary_type;
#[cfg(feature = "iai-outliers")]
pub use latestoutliersummary_type::LatestoutliersummaryType;

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
mod launcher_type;
#[cfg(feature = "launchers")]
pub use launcher_type::LauncherType;

#[cfg(feature = "launchers")]
mod launcherrequest;
#[cfg(feature = "launchers")]
pub use launcherrequest::Launcherrequest;

#[cfg(feature = "launchers")]
mod launcherrequest_reference;
#[cfg(feature = "launchers")]
pub use launcherrequest_reference::LauncherrequestReference;

#[cfg(feature = "launchers")]
mod launcherrequest_reference_type;
#[cfg(feature = "launchers")]
pub use launcherrequest_reference_type::LauncherrequestReferenceType;

#[cfg(feature = "launchers")]
mod launcherrequest_type;
#[cfg(feature = "launchers")]
pub use launcherrequest_type::LauncherrequestType;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod leftpad;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use leftpad::Leftpad;

#[cfg(feature = "tenant")]
mod license;
#[cfg(feature = "tenant")]
pub use license::License;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleaction;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleaction::Lifecycleaction;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleactionrequest;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleactionrequest::Lifecycleactionrequest;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleactionrequest_target_type;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleactionrequest_target_type::LifecycleactionrequestTargetType;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleactionrequestdetails;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleactionrequestdetails::Lifecycleactionrequestdetails;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleactionsubmitcomment;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleactionsubmitcomment::Lifecycleactionsubmitcomment;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleactionsubmitrequest;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleactionsubmitrequest::Lifecycleactionsubmitrequest;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleactionsubmitresponse;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleactionsubmitresponse::Lifecycleactionsubmitresponse;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleapproverref;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleapproverref::Lifecycleapproverref;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecyclecomment;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecyclecomment::Lifecyclecomment;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecyclecommentauthorref;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecyclecommentauthorref::Lifecyclecommentauthorref;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecyclecommentauthorref_type;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecyclecommentauthorref_type::LifecyclecommentauthorrefType;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleownerref;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleownerref::Lifecycleownerref;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleownerref_type;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleownerref_type::LifecycleownerrefType;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleprovisioning;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleprovisioning::Lifecycleprovisioning;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleprovisioningstatus;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleprovisioningstatus::Lifecycleprovisioningstatus;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecyclerequesterref;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecyclerequesterref::Lifecyclerequesterref;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecycleresourcesummary;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecycleresourcesummary::Lifecycleresourcesummary;

#[cfg(feature = "lifecycle-states")]
mod lifecyclestate;
#[cfg(feature = "lifecycle-states")]
pub use lifecyclestate::Lifecyclestate;

#[cfg(feature = "lifecycle-states")]
mod lifecyclestate_identity_state;
#[cfg(feature = "lifecycle-states")]
pub use lifecyclestate_identity_state::LifecyclestateIdentityState;

#[cfg(feature = "lifecycle-states")]
mod lifecyclestatedeleted;
#[cfg(feature = "lifecycle-states")]
pub use lifecyclestatedeleted::Lifecyclestatedeleted;

#[cfg(feature = "lifecycle-states")]
mod lifecyclestatedeleted_type;
#[cfg(feature = "lifecycle-states")]
pub use lifecyclestatedeleted_type::LifecyclestatedeletedType;

#[cfg(feature = "identities")]
mod lifecyclestatedto;
#[cfg(feature = "identities")]
pub use lifecyclestatedto::Lifecyclestatedto;

#[cfg(feature = "machine-identity-lifecycle-actions")]
mod lifecyclestatus;
#[cfg(feature = "machine-identity-lifecycle-actions")]
pub use lifecyclestatus::Lifecyclestatus;

#[cfg(feature = "accounts")]
mod list_accounts_v1_detail_level;
#[cfg(feature = "accounts")]
pub use list_accounts_v1_detail_level::ListAccountsV1DetailLevel;

#[cfg(feature = "certification-campaign-filters")]
mod list_campaign_filters_v1200_response;
#[cfg(feature = "certification-campaign-filters")]
pub use list_campaign_filters_v1200_response::ListCampaignFiltersV1200Response;

#[cfg(feature = "workflows")]
mod list_complete_workflow_library_v1200_response_inner;
#[cfg(feature = "workflows")]
pub use list_complete_workflow_library_v1200_response_inner::ListCompleteWorkflowLibraryV1200ResponseInner;

#[cfg(feature = "configuration-hub")]
mod list_deploys_v1200_response;
#[cfg(feature = "configuration-hub")]
pub use list_deploys_v1200_response::ListDeploysV1200Response;

#[cfg(feature = "identities")]
mod list_identities_v1_default_filter;
#[cfg(feature = "identities")]
pub use list_identities_v1_default_filter::ListIdentitiesV1DefaultFilter;

#[cfg(feature = "identity-history")]
mod list_identity_access_items_v1200_response_inner;
#[cfg(feature = "identity-history")]
pub use list_identity_access_items_v1200_response_inner::ListIdentityAccessItemsV1200ResponseInner;

#[cfg(feature = "identity-history")]
mod list_identity_access_items_v1_type;
#[cfg(feature = "identity-history")]
pub use list_identity_access_items_v1_type::ListIdentityAccessItemsV1Type;

#[cfg(feature = "identity-history")]
mod list_identity_snapshot_access_items_v1200_response_inner;
#[cfg(feature = "identity-history")]
pub use list_identity_snapshot_access_items_v1200_response_inner::ListIdentitySnapshotAccessItemsV1200ResponseInner;

#[cfg(feature = "identity-history")]
mod list_identity_snapshots_v1_interval;
#[cfg(feature = "identity-history")]
pub use list_identity_snapshots_v1_interval::ListIdentitySnapshotsV1Interval;

#[cfg(feature = "iai-outliers")]
mod list_outliers_contributing_feature_access_items_v1_contributing_feature_name;
#[cfg(feature = "iai-outliers")]
pub use list_outliers_contributing_feature_access_items_v1_contributing_feature_name::ListOutliersContributingFeatureAccessItemsV1ContributingFeatureName;

#[cfg(feature = "machine-identities")]
mod list_ownership_correlation_configs_v1_type;
#[cfg(feature = "machine-identities")]
pub use list_ownership_correlation_configs_v1_type::ListOwnershipCorrelationConfigsV1Type;

#[cfg(feature = "requestable-objects")]
mod list_requestable_objects_v1_types_inner;
#[cfg(feature = "requestable-objects")]
pub use list_requestable_objects_v1_types_inner::ListRequestableObjectsV1TypesInner;

#[cfg(feature = "tagged-objects")]
mod list_tagged_objects_by_type_v1_type;
#[cfg(feature = "tagged-objects")]
pub use list_tagged_objects_by_type_v1_type::ListTaggedObjectsByTypeV1Type;

#[cfg(feature = "custom-user-levels")]
mod list_user_levels_v1_detail_level;
#[cfg(feature = "custom-user-levels")]
pub use list_user_levels_v1_detail_level::ListUserLevelsV1DetailLevel;

#[cfg(feature = "governance-groups")]
mod list_workgroup_members_v1200_response_inner;
#[cfg(feature = "governance-groups")]
pub use list_workgroup_members_v1200_response_inner::ListWorkgroupMembersV1200ResponseInner;

#[cfg(feature = "governance-groups")]
mod list_workgroup_members_v1200_response_inner_type;
#[cfg(feature = "governance-groups")]
pub use list_workgroup_members_v1200_response_inner_type::ListWorkgroupMembersV1200ResponseInnerType;

#[cfg(feature = "custom-forms")]
mod listformdefinitionsbytenantresponse;
#[cfg(feature = "custom-forms")]
pub use listformdefinitionsbytenantresponse::Listformdefinitionsbytenantresponse;

#[cfg(feature = "custom-forms")]
mod listformelementdatabyelementidresponse;
#[cfg(feature = "custom-forms")]
pub use listformelementdatabyelementidresponse::Listformelementdatabyelementidresponse;

#[cfg(feature = "custom-forms")]
mod listforminstancesbytenantresponse;
#[cfg(feature = "custom-forms")]
pub use listforminstancesbytenantresponse::Listforminstancesbytenantresponse;

#[cfg(feature = "custom-forms")]
mod listforminstancesbytenantresponse_state;
#[cfg(feature = "custom-forms")]
pub use listforminstancesbytenantresponse_state::ListforminstancesbytenantresponseState;

#[cfg(feature = "custom-forms")]
mod listpredefinedselectoptionsresponse;
#[cfg(feature = "custom-forms")]
pub use listpredefinedselectoptionsresponse::Listpredefinedselectoptionsresponse;

#[cfg(feature = "sources")]
mod loadaccountstask;
#[cfg(feature = "sources")]
pub use loadaccountstask::Loadaccountstask;

#[cfg(feature = "sources")]
mod loadaccountstask_task;
#[cfg(feature = "sources")]
pub use loadaccountstask_task::LoadaccountstaskTask;

#[cfg(feature = "sources")]
mod loadaccountstask_task_attributes;
#[cfg(feature = "sources")]
pub use loadaccountstask_task_attributes::LoadaccountstaskTaskAttributes;

#[cfg(feature = "sources")]
mod loadaccountstask_task_completion_status;
#[cfg(feature = "sources")]
pub use loadaccountstask_task_completion_status::LoadaccountstaskTaskCompletionStatus;

#[cfg(feature = "sources")]
mod loadaccountstask_task_messages_inner;
#[cfg(feature = "sources")]
pub use loadaccountstask_task_messages_inner::LoadaccountstaskTaskMessagesInner;

#[cfg(feature = "sources")]
mod loadaccountstask_task_messages_inner_type;
#[cfg(feature = "sources")]
pub use loadaccountstask_task_messages_inner_type::LoadaccountstaskTaskMessagesInnerType;

#[cfg(feature = "sources")]
mod loadaccountstask_task_returns_inner;
#[cfg(feature = "sources")]
pub use loadaccountstask_task_returns_inner::LoadaccountstaskTaskReturnsInner;

#[cfg(feature = "entitlements")]
mod loadentitlementtask;
#[cfg(feature = "entitlements")]
pub use loadentitlementtask::Loadentitlementtask;

#[cfg(feature = "entitlements")]
mod loadentitlementtask_returns_inner;
#[cfg(feature = "entitlements")]
pub use loadentitlementtask_returns_inner::LoadentitlementtaskReturnsInner;

#[cfg(feature = "sources")]
mod loaduncorrelatedaccountstask;
#[cfg(feature = "sources")]
pub use loaduncorrelatedaccountstask::Loaduncorrelatedaccountstask;

#[cfg(feature = "sources")]
mod loaduncorrelatedaccountstask_task;
#[cfg(feature = "sources")]
pub use loaduncorrelatedaccountstask_task::LoaduncorrelatedaccountstaskTask;

#[cfg(feature = "sources")]
mod loaduncorrelatedaccountstask_task_attributes;
#[cfg(feature = "sources")]
pub use loaduncorrelatedaccountstask_task_attributes::LoaduncorrelatedaccountstaskTaskAttributes;

#[cfg(feature = "sources")]
mod loaduncorrelatedaccountstask_task_completion_status;
#[cfg(feature = "sources")]
pub use loaduncorrelatedaccountstask_task_completion_status::LoaduncorrelatedaccountstaskTaskCompletionStatus;

#[cfg(feature = "sources")]
mod loaduncorrelatedaccountstask_task_messages_inner;
#[cfg(feature = "sources")]
pub use loaduncorrelatedaccountstask_task_messages_inner::LoaduncorrelatedaccountstaskTaskMessagesInner;

#[cfg(feature = "sources")]
mod loaduncorrelatedaccountstask_task_messages_inner_type;
#[cfg(feature = "sources")]
pub use loaduncorrelatedaccountstask_task_messages_inner_type::LoaduncorrelatedaccountstaskTaskMessagesInnerType;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
mod localeorigin;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "access-profiles",
        feature = "access-request-approvals",
        feature = "access-request-identity-metrics",
        feature = "access-requests",
        feature = "account-activities",
        feature = "account-aggregations",
        feature = "account-deletion-requests",
        feature = "account-usages",
        feature = "accounts",
        feature = "api-usage",
        feature = "application-discovery",
        feature = "approvals",
        feature = "apps",
        feature = "auth-profile",
        feature = "auth-users",
        feature = "branding",
        feature = "business-applications",
        feature = "certification-campaign-filters",
        feature = "certification-campaigns",
        feature = "certification-summaries",
        feature = "certifications",
        feature = "classify-source",
        feature = "configuration-hub",
        feature = "connector-customizers",
        feature = "connector-rule-management",
        feature = "connectors",
        feature = "custom-password-instructions",
        feature = "custom-user-levels",
        feature = "data-access-security",
        feature = "data-segmentation",
        feature = "declassify-source",
        feature = "dimensions",
        feature = "entitlement-connections",
        feature = "entitlements",
        feature = "global-tenant-security-settings",
        feature = "governance-groups",
        feature = "iai-access-request-recommendations",
        feature = "iai-common-access",
        feature = "iai-outliers",
        feature = "iai-peer-group-strategies",
        feature = "iai-recommendations",
        feature = "iai-role-mining",
        feature = "icons",
        feature = "identities",
        feature = "identity-attributes",
        feature = "identity-history",
        feature = "identity-profiles",
        feature = "intelligence",
        feature = "jit-access",
        feature = "jit-activations",
        feature = "launchers",
        feature = "lifecycle-states",
        feature = "machine-account-classify",
        feature = "machine-account-creation-request",
        feature = "machine-account-mappings",
        feature = "machine-account-subtypes",
        feature = "machine-accounts",
        feature = "machine-classification-config",
        feature = "machine-identities",
        feature = "machine-identity-lifecycle-actions",
        feature = "managed-clients",
        feature = "managed-cluster-types",
        feature = "managed-clusters",
        feature = "mfa-configuration",
        feature = "multi-host-integration",
        feature = "non-employee-lifecycle-management",
        feature = "notifications",
        feature = "o-auth-clients",
        feature = "org-config",
        feature = "parameter-storage",
        feature = "password-configuration",
        feature = "password-dictionary",
        feature = "password-management",
        feature = "password-policies",
        feature = "password-sync-groups",
        feature = "personal-access-tokens",
        feature = "privilege-criteria",
        feature = "privilege-criteria-configuration",
        feature = "public-identities",
        feature = "public-identities-config",
        feature = "public-machine-identities",
        feature = "reports-data-extraction",
        feature = "requestable-objects",
        feature = "role-insights",
        feature = "role-propagation",
        feature = "roles",
        feature = "saved-search",
        feature = "scheduled-search",
        feature = "search",
        feature = "search-attribute-configuration",
        feature = "segments",
        feature = "service-desk-integration",
        feature = "shared-signals-framework-ssf",
        feature = "sim-integrations",
        feature = "sod-controls",
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
        feature = "tenant-context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui-metadata",
        feature = "work-items",
        feature = "work-reassignment",
        feature = "workflows"
    )
)]
pub use localeorigin::Localeorigin;

#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management",
        feature = "triggers"
    )
)]
mod localizedmessage;
#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management",
        feature = "triggers"
    )
)]
pub use localizedmessage::Localizedmessage;

#[cfg(feature = "global-tenant-security-settings")]
mod lockoutconfiguration;
#[cfg(feature = "global-tenant-security-settings")]
pub use lockoutconfiguration::Lockoutconfiguration;

#[cfg(feature = "managed-clusters")]
mod loglevelspec;
#[cfg(feature = "managed-clusters")]
pub use loglevelspec::Loglevelspec;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod lookup;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use lookup::Lookup;

#[cfg(feature = "work-reassignment")]
mod lookupstep;
#[cfg(feature = "work-reassignment")]
pub use lookupstep::Lookupstep;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod lower;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use lower::Lower;

#[cfg(feature = "machine-account-creation-request")]
mod machine_account_creation_request_accountrequestasyncresult;
#[cfg(feature = "machine-account-creation-request")]
pub use machine_account_creation_request_accountrequestasyncresult::MachineAccountCreationRequestAccountrequestasyncresult;

#[cfg(feature = "machine-account-creation-request")]
mod machine_account_creation_request_accountrequestphase;
#[cfg(feature = "machine-account-creation-request")]
pub use machine_account_creation_request_accountrequestphase::MachineAccountCreationRequestAccountrequestphase;

#[cfg(feature = "machine-account-creation-request")]
mod machine_account_creation_request_accountrequestphase_name;
#[cfg(feature = "machine-account-creation-request")]
pub use machine_account_creation_request_accountrequestphase_name::MachineAccountCreationRequestAccountrequestphaseName;

#[cfg(feature = "machine-account-creation-request")]
mod machine_account_creation_request_accountrequestphasestate;
#[cfg(feature = "machine-account-creation-request")]
pub use machine_account_creation_request_accountrequestphasestate::MachineAccountCreationRequestAccountrequestphasestate;

#[cfg(feature = "machine-identities")]
mod machine_identities_sanctionedstatus;
#[cfg(feature = "machine-identities")]
pub use machine_identities_sanctionedstatus::MachineIdentitiesSanctionedstatus;

#[cfg(feature = "machine-accounts")]
mod machineaccount;
#[cfg(feature = "machine-accounts")]
pub use machineaccount::Machineaccount;

#[cfg(feature = "machine-accounts")]
mod machineaccount_classification_method;
#[cfg(feature = "machine-accounts")]
pub use machineaccount_classification_method::MachineaccountClassificationMethod;

#[cfg(feature = "machine-account-creation-request")]
mod machineaccountcreateaccessdto;
#[cfg(feature = "machine-account-creation-request")]
pub use machineaccountcreateaccessdto::Machineaccountcreateaccessdto;

#[cfg(feature = "machine-account-creation-request")]
mod machineaccountcreateaccessdto_subtypes_inner;
#[cfg(feature = "machine-account-creation-request")]
pub use machineaccountcreateaccessdto_subtypes_inner::MachineaccountcreateaccessdtoSubtypesInner;

#[cfg(feature = "machine-account-creation-request")]
mod machineaccountcreaterequestinput;
#[cfg(feature = "machine-account-creation-request")]
pub use machineaccountcreaterequestinput::Machineaccountcreaterequestinput;

#[cfg(feature = "machine-account-subtypes")]
mod machineaccountsubtypeconfigdto;
#[cfg(feature = "machine-account-subtypes")]
pub use machineaccountsubtypeconfigdto::Machineaccountsubtypeconfigdto;

#[cfg(feature = "machine-account-subtypes")]
mod machineaccountsubtypeconfigdto_machine_account_create;
#[cfg(feature = "machine-account-subtypes")]
pub use machineaccountsubtypeconfigdto_machine_account_create::MachineaccountsubtypeconfigdtoMachineAccountCreate;

#[cfg(feature = "machine-account-subtypes")]
mod machineaccountsubtypeconfigdto_machine_account_create_password_setting;
#[cfg(feature = "machine-account-subtypes")]
pub use machineaccountsubtypeconfigdto_machine_account_create_password_setting::MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting;

#[cfg(feature = "machine-account-subtypes")]
mod machineaccountsubtypeconfigdto_machine_account_delete;
#[cfg(feature = "machine-account-subtypes")]
pub use machineaccountsubtypeconfigdto_machine_account_delete::MachineaccountsubtypeconfigdtoMachineAccountDelete;

#[cfg(feature = "machine-classification-config")]
mod machineclassificationconfig;
#[cfg(feature = "machine-classification-config")]
pub use machineclassificationconfig::Machineclassificationconfig;

#[cfg(feature = "machine-classification-config")]
mod machineclassificationconfig2;
#[cfg(feature = "machine-classification-config")]
pub use machineclassificationconfig2::Machineclassificationconfig2;

#[cfg(feature = "machine-classification-config")]
mod machineclassificationconfig2_classification_method;
#[cfg(feature = "machine-classification-config")]
pub use machineclassificationconfig2_classification_method::Machineclassificationconfig2ClassificationMethod;

#[cfg(feature = "machine-classification-config")]
mod machineclassificationcriterialevel1;
#[cfg(feature = "machine-classification-config")]
pub use machineclassificationcriterialevel1::Machineclassificationcriterialevel1;

#[cfg(feature = "machine-classification-config")]
mod machineclassificationcriterialevel2;
#[cfg(feature = "machine-classification-config")]
pub use machineclassificationcriterialevel2::Machineclassificationcriterialevel2;

#[cfg(feature = "machine-classification-config")]
mod machineclassificationcriterialevel3;
#[cfg(feature = "machine-classification-config")]
pub use machineclassificationcriterialevel3::Machineclassificationcriterialevel3;

#[cfg(feature = "machine-classification-config")]
mod machineclassificationcriteriaoperation;
#[cfg(feature = "machine-classification-config")]
pub use machineclassificationcriteriaoperation::Machineclassificationcriteriaoperation;

#[cfg(feature = "unreferenced-schemas")]
mod machineidentity;
#[cfg(feature = "unreferenced-schemas")]
pub use machineidentity::Machineidentity;

#[cfg(any(feature = "machine-identities", feature = "unreferenced-schemas"))]
mod machineidentity_owners;
#[cfg(any(feature = "machine-identities", feature = "unreferenced-schemas"))]
pub use machineidentity_owners::MachineidentityOwners;

#[cfg(feature = "machine-identities")]
mod machineidentityaggregationrequest;
#[cfg(feature = "machine-identities")]
pub use machineidentityaggregationrequest::Machineidentityaggregationrequest;

#[cfg(feature = "machine-identities")]
mod machineidentityaggregationresponse;
#[cfg(feature = "machine-identities")]
pub use machineidentityaggregationresponse::Machineidentityaggregationresponse;

#[cfg(feature = "machine-identities")]
mod machineidentityaggregationresponse_completion_status;
#[cfg(feature = "machine-identities")]
pub use machineidentityaggregationresponse_completion_status::MachineidentityaggregationresponseCompletionStatus;

#[cfg(feature = "machine-identities")]
mod machineidentityaggregationresponse_target;
#[cfg(feature = "machine-identities")]
pub use machineidentityaggregationresponse_target::MachineidentityaggregationresponseTarget;

#[cfg(feature = "machine-identities")]
mod machineidentityaggregationresponse_type;
#[cfg(feature = "machine-identities")]
pub use machineidentityaggregationresponse_type::MachineidentityaggregationresponseType;

#[cfg(feature = "triggers")]
mod machineidentitycreated;
#[cfg(feature = "triggers")]
pub use machineidentitycreated::Machineidentitycreated;

#[cfg(feature = "triggers")]
mod machineidentitycreated_event_type;
#[cfg(feature = "triggers")]
pub use machineidentitycreated_event_type::MachineidentitycreatedEventType;

#[cfg(feature = "triggers")]
mod machineidentitycreated_machine_identity;
#[cfg(feature = "triggers")]
pub use machineidentitycreated_machine_identity::MachineidentitycreatedMachineIdentity;

#[cfg(feature = "triggers")]
mod machineidentitycreated_machine_identity_subtype;
#[cfg(feature = "triggers")]
pub use machineidentitycreated_machine_identity_subtype::MachineidentitycreatedMachineIdentitySubtype;

#[cfg(feature = "triggers")]
mod machineidentitydeleted;
#[cfg(feature = "triggers")]
pub use machineidentitydeleted::Machineidentitydeleted;

#[cfg(feature = "triggers")]
mod machineidentitydeleted_event_type;
#[cfg(feature = "triggers")]
pub use machineidentitydeleted_event_type::MachineidentitydeletedEventType;

#[cfg(feature = "triggers")]
mod machineidentitydeleted_machine_identity;
#[cfg(feature = "triggers")]
pub use machineidentitydeleted_machine_identity::MachineidentitydeletedMachineIdentity;

#[cfg(feature = "triggers")]
mod machineidentitydeleted_machine_identity_subtype;
#[cfg(feature = "triggers")]
pub use machineidentitydeleted_machine_identity_subtype::MachineidentitydeletedMachineIdentitySubtype;

#[cfg(feature = "triggers")]
mod machineidentityownerreference;
#[cfg(feature = "triggers")]
pub use machineidentityownerreference::Machineidentityownerreference;

#[cfg(feature = "machine-identities")]
mod machineidentityownersv2;
#[cfg(feature = "machine-identities")]
pub use machineidentityownersv2::Machineidentityownersv2;

#[cfg(feature = "machine-identities")]
mod machineidentityrequest;
#[cfg(feature = "machine-identities")]
pub use machineidentityrequest::Machineidentityrequest;

#[cfg(feature = "machine-identities")]
mod machineidentityrequest_user_entitlements_inner;
#[cfg(feature = "machine-identities")]
pub use machineidentityrequest_user_entitlements_inner::MachineidentityrequestUserEntitlementsInner;

#[cfg(feature = "machine-identities")]
mod machineidentityresponse;
#[cfg(feature = "machine-identities")]
pub use machineidentityresponse::Machineidentityresponse;

#[cfg(feature = "machine-identities")]
mod machineidentityresponse_user_entitlements_inner;
#[cfg(feature = "machine-identities")]
pub use machineidentityresponse_user_entitlements_inner::MachineidentityresponseUserEntitlementsInner;

#[cfg(feature = "triggers")]
mod machineidentitysourcereference;
#[cfg(feature = "triggers")]
pub use machineidentitysourcereference::Machineidentitysourcereference;

#[cfg(feature = "triggers")]
mod machineidentityupdated;
#[cfg(feature = "triggers")]
pub use machineidentityupdated::Machineidentityupdated;

#[cfg(feature = "triggers")]
mod machineidentityupdated_event_type;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_event_type::MachineidentityupdatedEventType;

#[cfg(feature = "triggers")]
mod machineidentityupdated_machine_identity;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_machine_identity::MachineidentityupdatedMachineIdentity;

#[cfg(feature = "triggers")]
mod machineidentityupdated_machine_identity_change_types_inner;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_machine_identity_change_types_inner::MachineidentityupdatedMachineIdentityChangeTypesInner;

#[cfg(feature = "triggers")]
mod machineidentityupdated_machine_identity_subtype;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_machine_identity_subtype::MachineidentityupdatedMachineIdentitySubtype;

#[cfg(feature = "triggers")]
mod machineidentityupdated_owner_changes;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_owner_changes::MachineidentityupdatedOwnerChanges;

#[cfg(feature = "triggers")]
mod machineidentityupdated_single_value_attribute_changes_inner;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_single_value_attribute_changes_inner::MachineidentityupdatedSingleValueAttributeChangesInner;

#[cfg(feature = "triggers")]
mod machineidentityupdated_single_value_attribute_changes_inner_new_value;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_single_value_attribute_changes_inner_new_value::MachineidentityupdatedSingleValueAttributeChangesInnerNewValue;

#[cfg(feature = "triggers")]
mod machineidentityupdated_single_value_attribute_changes_inner_old_value;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_single_value_attribute_changes_inner_old_value::MachineidentityupdatedSingleValueAttributeChangesInnerOldValue;

#[cfg(feature = "triggers")]
mod machineidentityupdated_user_entitlement_changes;
#[cfg(feature = "triggers")]
pub use machineidentityupdated_user_entitlement_changes::MachineidentityupdatedUserEntitlementChanges;

#[cfg(feature = "machine-identities")]
mod machineidentityuserentitlementresponse;
#[cfg(feature = "machine-identities")]
pub use machineidentityuserentitlementresponse::Machineidentityuserentitlementresponse;

#[cfg(feature = "machine-identities")]
mod machineidentityuserentitlementresponse_entitlement;
#[cfg(feature = "machine-identities")]
pub use machineidentityuserentitlementresponse_entitlement::MachineidentityuserentitlementresponseEntitlement;

#[cfg(feature = "machine-identities")]
mod machineidentityuserentitlementresponse_source;
#[cfg(feature = "machine-identities")]
pub use machineidentityuserentitlementresponse_source::MachineidentityuserentitlementresponseSource;

#[cfg(feature = "triggers")]
mod machineidentityuserentitlements;
#[cfg(feature = "triggers")]
pub use machineidentityuserentitlements::Machineidentityuserentitlements;

#[cfg(feature = "machine-identities")]
mod machineidentityv2;
#[cfg(feature = "machine-identities")]
pub use machineidentityv2::Machineidentityv2;

#[cfg(feature = "machine-identities")]
mod machineidentityv2_risk;
#[cfg(feature = "machine-identities")]
pub use machineidentityv2_risk::Machineidentityv2Risk;

#[cfg(feature = "machine-identities")]
mod machineidentityv2_risk_severity;
#[cfg(feature = "machine-identities")]
pub use machineidentityv2_risk_severity::Machineidentityv2RiskSeverity;

#[cfg(feature = "machine-account-subtypes")]
mod machinesubtypeapprovalconfig;
#[cfg(feature = "machine-account-subtypes")]
pub use machinesubtypeapprovalconfig::Machinesubtypeapprovalconfig;

#[cfg(feature = "notifications")]
mod mailfromattributes;
#[cfg(feature = "notifications")]
pub use mailfromattributes::Mailfromattributes;

#[cfg(feature = "notifications")]
mod mailfromattributes_mail_from_domain_status;
#[cfg(feature = "notifications")]
pub use mailfromattributes_mail_from_domain_status::MailfromattributesMailFromDomainStatus;

#[cfg(feature = "notifications")]
mod mailfromattributesdto;
#[cfg(feature = "notifications")]
pub use mailfromattributesdto::Mailfromattributesdto;

#[cfg(feature = "managed-clusters")]
mod managed_clusters_managedclienttype;
#[cfg(feature = "managed-clusters")]
pub use managed_clusters_managedclienttype::ManagedClustersManagedclienttype;

#[cfg(feature = "managed-clients")]
mod managedclient;
#[cfg(feature = "managed-clients")]
pub use managedclient::Managedclient;

#[cfg(feature = "managed-clients")]
mod managedclient_cluster_type;
#[cfg(feature = "managed-clients")]
pub use managedclient_cluster_type::ManagedclientClusterType;

#[cfg(feature = "managed-clients")]
mod managedclient_provision_status;
#[cfg(feature = "managed-clients")]
pub use managedclient_provision_status::ManagedclientProvisionStatus;

#[cfg(feature = "managed-clients")]
mod managedclient_status2;
#[cfg(feature = "managed-clients")]
pub use managedclient_status2::ManagedclientStatus2;

#[cfg(feature = "managed-clients")]
mod managedclienthealthindicators;
#[cfg(feature = "managed-clients")]
pub use managedclienthealthindicators::Managedclienthealthindicators;

#[cfg(feature = "managed-clients")]
mod managedclienthealthindicators_body;
#[cfg(feature = "managed-clients")]
pub use managedclienthealthindicators_body::ManagedclienthealthindicatorsBody;

#[cfg(feature = "managed-clients")]
mod managedclienthealthindicators_body_consolidated_health_indicators_status;
#[cfg(feature = "managed-clients")]
pub use managedclienthealthindicators_body_consolidated_health_indicators_status::ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus;

#[cfg(feature = "managed-clients")]
mod managedclienthealthindicators_body_health_indicators;
#[cfg(feature = "managed-clients")]
pub use managedclienthealthindicators_body_health_indicators::ManagedclienthealthindicatorsBodyHealthIndicators;

#[cfg(feature = "managed-clients")]
mod managedclienthealthindicators_body_status;
#[cfg(feature = "managed-clients")]
pub use managedclienthealthindicators_body_status::ManagedclienthealthindicatorsBodyStatus;

#[cfg(feature = "managed-clients")]
mod managedclienthealthindicators_status;
#[cfg(feature = "managed-clients")]
pub use managedclienthealthindicators_status::ManagedclienthealthindicatorsStatus;

#[cfg(feature = "managed-clients")]
mod managedclienthealthindicators_type;
#[cfg(feature = "managed-clients")]
pub use managedclienthealthindicators_type::ManagedclienthealthindicatorsType;

#[cfg(feature = "managed-clients")]
mod managedclientrequest;
#[cfg(feature = "managed-clients")]
pub use managedclientrequest::Managedclientrequest;

#[cfg(feature = "managed-clients")]
mod managedclientstatus;
#[cfg(feature = "managed-clients")]
pub use managedclientstatus::Managedclientstatus;

#[cfg(feature = "managed-clients")]
mod managedclientstatuscode;
#[cfg(feature = "managed-clients")]
pub use managedclientstatuscode::Managedclientstatuscode;

#[cfg(feature = "managed-clients")]
mod managedclienttype;
#[cfg(feature = "managed-clients")]
pub use managedclienttype::Managedclienttype;

#[cfg(feature = "managed-clusters")]
mod managedcluster;
#[cfg(feature = "managed-clusters")]
pub use managedcluster::Managedcluster;

#[cfg(feature = "managed-clusters")]
mod managedcluster_consolidated_health_indicators_status;
#[cfg(feature = "managed-clusters")]
pub use managedcluster_consolidated_health_indicators_status::ManagedclusterConsolidatedHealthIndicatorsStatus;

#[cfg(feature = "managed-clusters")]
mod managedcluster_status;
#[cfg(feature = "managed-clusters")]
pub use managedcluster_status::ManagedclusterStatus;

#[cfg(feature = "managed-clusters")]
mod managedcluster_update_preferences;
#[cfg(feature = "managed-clusters")]
pub use managedcluster_update_preferences::ManagedclusterUpdatePreferences;

#[cfg(feature = "managed-clusters")]
mod managedcluster_update_preferences_update_state;
#[cfg(feature = "managed-clusters")]
pub use managedcluster_update_preferences_update_state::ManagedclusterUpdatePreferencesUpdateState;

#[cfg(feature = "managed-clusters")]
mod managedclusterattributes;
#[cfg(feature = "managed-clusters")]
pub use managedclusterattributes::Managedclusterattributes;

#[cfg(feature = "managed-clusters")]
mod managedclusterencryptionconfig;
#[cfg(feature = "managed-clusters")]
pub use managedclusterencryptionconfig::Managedclusterencryptionconfig;

#[cfg(feature = "managed-clusters")]
mod managedclusterencryptionconfig_format;
#[cfg(feature = "managed-clusters")]
pub use managedclusterencryptionconfig_format::ManagedclusterencryptionconfigFormat;

#[cfg(feature = "managed-clusters")]
mod managedclusterkeypair;
#[cfg(feature = "managed-clusters")]
pub use managedclusterkeypair::Managedclusterkeypair;

#[cfg(feature = "managed-clusters")]
mod managedclusterqueue;
#[cfg(feature = "managed-clusters")]
pub use managedclusterqueue::Managedclusterqueue;

#[cfg(feature = "managed-clusters")]
mod managedclusterredis;
#[cfg(feature = "managed-clusters")]
pub use managedclusterredis::Managedclusterredis;

#[cfg(feature = "managed-clusters")]
mod managedclusterrequest;
#[cfg(feature = "managed-clusters")]
pub use managedclusterrequest::Managedclusterrequest;

#[cfg(feature = "managed-cluster-types")]
mod managedclustertype;
#[cfg(feature = "managed-cluster-types")]
pub use managedclustertype::Managedclustertype;

#[cfg(feature = "managed-clusters")]
mod managedclustertypes;
#[cfg(feature = "managed-clusters")]
pub use managedclustertypes::Managedclustertypes;

#[cfg(feature = "multi-host-integration")]
mod managercorrelationmapping;
#[cfg(feature = "multi-host-integration")]
pub use managercorrelationmapping::Managercorrelationmapping;

#[cfg(feature = "application-discovery")]
mod manualdiscoverapplications;
#[cfg(feature = "application-discovery")]
pub use manualdiscoverapplications::Manualdiscoverapplications;

#[cfg(feature = "application-discovery")]
mod manualdiscoverapplicationstemplate;
#[cfg(feature = "application-discovery")]
pub use manualdiscoverapplicationstemplate::Manualdiscoverapplicationstemplate;

#[cfg(feature = "access-requests")]
mod manualworkitemdetails;
#[cfg(feature = "access-requests")]
pub use manualworkitemdetails::Manualworkitemdetails;

#[cfg(feature = "access-requests")]
mod manualworkitemdetails_current_owner;
#[cfg(feature = "access-requests")]
pub use manualworkitemdetails_current_owner::ManualworkitemdetailsCurrentOwner;

#[cfg(feature = "access-requests")]
mod manualworkitemdetails_current_owner_type;
#[cfg(feature = "access-requests")]
pub use manualworkitemdetails_current_owner_type::ManualworkitemdetailsCurrentOwnerType;

#[cfg(feature = "access-requests")]
mod manualworkitemdetails_original_owner;
#[cfg(feature = "access-requests")]
pub use manualworkitemdetails_original_owner::ManualworkitemdetailsOriginalOwner;

#[cfg(feature = "access-requests")]
mod manualworkitemdetails_original_owner_type;
#[cfg(feature = "access-requests")]
pub use manualworkitemdetails_original_owner_type::ManualworkitemdetailsOriginalOwnerType;

#[cfg(feature = "access-requests")]
mod manualworkitemstate;
#[cfg(feature = "access-requests")]
pub use manualworkitemstate::Manualworkitemstate;

#[cfg(feature = "apps")]
mod matchterm;
#[cfg(feature = "apps")]
pub use matchterm::Matchterm;

#[cfg(feature = "notifications")]
mod medium;
#[cfg(feature = "notifications")]
pub use medium::Medium;

#[cfg(feature = "data-segmentation")]
mod membershiptype;
#[cfg(feature = "data-segmentation")]
pub use membershiptype::Membershiptype;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod metricaggregation;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use metricaggregation::Metricaggregation;

#[cfg(feature = "identity-history")]
mod metricresponse;
#[cfg(feature = "identity-history")]
pub use metricresponse::Metricresponse;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod metrictype;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use metrictype::Metrictype;

#[cfg(feature = "mfa-configuration")]
mod mfaconfigtestresponse;
#[cfg(feature = "mfa-configuration")]
pub use mfaconfigtestresponse::Mfaconfigtestresponse;

#[cfg(feature = "mfa-configuration")]
mod mfaconfigtestresponse_state;
#[cfg(feature = "mfa-configuration")]
pub use mfaconfigtestresponse_state::MfaconfigtestresponseState;

#[cfg(feature = "mfa-configuration")]
mod mfaduoconfig;
#[cfg(feature = "mfa-configuration")]
pub use mfaduoconfig::Mfaduoconfig;

#[cfg(feature = "mfa-configuration")]
mod mfaoktaconfig;
#[cfg(feature = "mfa-configuration")]
pub use mfaoktaconfig::Mfaoktaconfig;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationbulksourcesdelete;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationbulksourcesdelete::Multihostintegrationbulksourcesdelete;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations::Multihostintegrations;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_account_correlation_config;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_account_correlation_config::MultihostintegrationsAccountCorrelationConfig;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_account_correlation_config_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_account_correlation_config_type::MultihostintegrationsAccountCorrelationConfigType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_account_correlation_rule;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_account_correlation_rule::MultihostintegrationsAccountCorrelationRule;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_account_correlation_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_account_correlation_rule_type::MultihostintegrationsAccountCorrelationRuleType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_accounts_file;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_accounts_file::MultihostintegrationsAccountsFile;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_before_provisioning_rule;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_before_provisioning_rule::MultihostintegrationsBeforeProvisioningRule;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_before_provisioning_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_before_provisioning_rule_type::MultihostintegrationsBeforeProvisioningRuleType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_cluster;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_cluster::MultihostintegrationsCluster;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_cluster_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_cluster_type::MultihostintegrationsClusterType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_connection_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_connection_type::MultihostintegrationsConnectionType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_connector_attributes;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_connector_attributes::MultihostintegrationsConnectorAttributes;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_connector_attributes_connector_file_upload_history;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_connector_attributes_connector_file_upload_history::MultihostintegrationsConnectorAttributesConnectorFileUploadHistory;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_connector_attributes_multi_host_attributes;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_connector_attributes_multi_host_attributes::MultihostintegrationsConnectorAttributesMultiHostAttributes;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_connector_attributes_multihost_status;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_connector_attributes_multihost_status::MultihostintegrationsConnectorAttributesMultihostStatus;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_management_workgroup;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_management_workgroup::MultihostintegrationsManagementWorkgroup;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_management_workgroup_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_management_workgroup_type::MultihostintegrationsManagementWorkgroupType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_manager_correlation_rule;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_manager_correlation_rule::MultihostintegrationsManagerCorrelationRule;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_manager_correlation_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_manager_correlation_rule_type::MultihostintegrationsManagerCorrelationRuleType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_owner;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_owner::MultihostintegrationsOwner;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_owner_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_owner_type::MultihostintegrationsOwnerType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_password_policies_inner;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_password_policies_inner::MultihostintegrationsPasswordPoliciesInner;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_password_policies_inner_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_password_policies_inner_type::MultihostintegrationsPasswordPoliciesInnerType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_schemas_inner;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_schemas_inner::MultihostintegrationsSchemasInner;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_schemas_inner_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_schemas_inner_type::MultihostintegrationsSchemasInnerType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrations_status;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrations_status::MultihostintegrationsStatus;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationsaggscheduleupdate;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationsaggscheduleupdate::Multihostintegrationsaggscheduleupdate;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationsaggscheduleupdate2;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationsaggscheduleupdate2::Multihostintegrationsaggscheduleupdate2;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationscreate;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationscreate::Multihostintegrationscreate;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationscreate_cluster;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationscreate_cluster::MultihostintegrationscreateCluster;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationscreate_cluster_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationscreate_cluster_type::MultihostintegrationscreateClusterType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationscreate_management_workgroup;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationscreate_management_workgroup::MultihostintegrationscreateManagementWorkgroup;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationscreate_management_workgroup_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationscreate_management_workgroup_type::MultihostintegrationscreateManagementWorkgroupType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationscreate_owner;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationscreate_owner::MultihostintegrationscreateOwner;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationscreate_owner_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationscreate_owner_type::MultihostintegrationscreateOwnerType;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationscreatesources;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationscreatesources::Multihostintegrationscreatesources;

#[cfg(feature = "multi-host-integration")]
mod multihostintegrationtemplatetype;
#[cfg(feature = "multi-host-integration")]
pub use multihostintegrationtemplatetype::Multihostintegrationtemplatetype;

#[cfg(feature = "multi-host-integration")]
mod multihostsources;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources::Multihostsources;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_account_correlation_config;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_account_correlation_config::MultihostsourcesAccountCorrelationConfig;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_account_correlation_config_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_account_correlation_config_type::MultihostsourcesAccountCorrelationConfigType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_account_correlation_rule;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_account_correlation_rule::MultihostsourcesAccountCorrelationRule;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_account_correlation_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_account_correlation_rule_type::MultihostsourcesAccountCorrelationRuleType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_before_provisioning_rule;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_before_provisioning_rule::MultihostsourcesBeforeProvisioningRule;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_before_provisioning_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_before_provisioning_rule_type::MultihostsourcesBeforeProvisioningRuleType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_cluster;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_cluster::MultihostsourcesCluster;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_cluster_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_cluster_type::MultihostsourcesClusterType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_management_workgroup;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_management_workgroup::MultihostsourcesManagementWorkgroup;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_management_workgroup_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_management_workgroup_type::MultihostsourcesManagementWorkgroupType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_manager_correlation_rule;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_manager_correlation_rule::MultihostsourcesManagerCorrelationRule;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_manager_correlation_rule_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_manager_correlation_rule_type::MultihostsourcesManagerCorrelationRuleType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_owner;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_owner::MultihostsourcesOwner;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_owner_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_owner_type::MultihostsourcesOwnerType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_password_policies_inner;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_password_policies_inner::MultihostsourcesPasswordPoliciesInner;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_password_policies_inner_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_password_policies_inner_type::MultihostsourcesPasswordPoliciesInnerType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_schemas_inner;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_schemas_inner::MultihostsourcesSchemasInner;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_schemas_inner_type;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_schemas_inner_type::MultihostsourcesSchemasInnerType;

#[cfg(feature = "multi-host-integration")]
mod multihostsources_status;
#[cfg(feature = "multi-host-integration")]
pub use multihostsources_status::MultihostsourcesStatus;

#[cfg(feature = "sod-policies")]
mod multipolicyrequest;
#[cfg(feature = "sod-policies")]
pub use multipolicyrequest::Multipolicyrequest;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod namedconstructs;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use namedconstructs::Namedconstructs;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod namenormalizer;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use namenormalizer::Namenormalizer;

#[cfg(feature = "sources")]
mod nativechangedetectionconfig;
#[cfg(feature = "sources")]
pub use nativechangedetectionconfig::Nativechangedetectionconfig;

#[cfg(feature = "sources")]
mod nativechangedetectionconfig_operations_inner;
#[cfg(feature = "sources")]
pub use nativechangedetectionconfig_operations_inner::NativechangedetectionconfigOperationsInner;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod nestedaggregation;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use nestedaggregation::Nestedaggregation;

#[cfg(feature = "custom-user-levels")]
mod nestedconfig;
#[cfg(feature = "custom-user-levels")]
pub use nestedconfig::Nestedconfig;

#[cfg(feature = "global-tenant-security-settings")]
mod networkconfiguration;
#[cfg(feature = "global-tenant-security-settings")]
pub use networkconfiguration::Networkconfiguration;

#[cfg(feature = "unreferenced-schemas")]
mod nil;
#[cfg(feature = "unreferenced-schemas")]
pub use nil::Nil;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeapprovaldecision;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeapprovaldecision::Nonemployeeapprovaldecision;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeapprovalitem;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeapprovalitem::Nonemployeeapprovalitem;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeapprovalitembase;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeapprovalitembase::Nonemployeeapprovalitembase;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeapprovalitemdetail;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeapprovalitemdetail::Nonemployeeapprovalitemdetail;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeapprovalsummary;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeapprovalsummary::Nonemployeeapprovalsummary;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeebulkuploadjob;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeebulkuploadjob::Nonemployeebulkuploadjob;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeebulkuploadjob_status;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeebulkuploadjob_status::NonemployeebulkuploadjobStatus;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeebulkuploadstatus;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeebulkuploadstatus::Nonemployeebulkuploadstatus;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeebulkuploadstatus_status;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeebulkuploadstatus_status::NonemployeebulkuploadstatusStatus;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeidentitydtotype;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeidentitydtotype::Nonemployeeidentitydtotype;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeidentityreferencewithid;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeidentityreferencewithid::Nonemployeeidentityreferencewithid;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeidnuserrequest;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeidnuserrequest::Nonemployeeidnuserrequest;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeerecord;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeerecord::Nonemployeerecord;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeerejectapprovaldecision;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeerejectapprovaldecision::Nonemployeerejectapprovaldecision;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeerequest;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeerequest::Nonemployeerequest;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeerequestbody;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeerequestbody::Nonemployeerequestbody;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeerequestlite;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeerequestlite::Nonemployeerequestlite;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeerequestsummary;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeerequestsummary::Nonemployeerequestsummary;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeerequestwithoutapprovalitem;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeerequestwithoutapprovalitem::Nonemployeerequestwithoutapprovalitem;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeschemaattribute;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeschemaattribute::Nonemployeeschemaattribute;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeschemaattributebody;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeschemaattributebody::Nonemployeeschemaattributebody;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeeschemaattributetype;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeeschemaattributetype::Nonemployeeschemaattributetype;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeesource;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeesource::Nonemployeesource;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeesourcelite;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeesourcelite::Nonemployeesourcelite;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeesourcelitewithschemaattributes;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeesourcelitewithschemaattributes::Nonemployeesourcelitewithschemaattributes;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeesourcerequestbody;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeesourcerequestbody::Nonemployeesourcerequestbody;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeesourcewithcloudexternalid;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeesourcewithcloudexternalid::Nonemployeesourcewithcloudexternalid;

#[cfg(feature = "non-employee-lifecycle-management")]
mod nonemployeesourcewithnecount;
#[cfg(feature = "non-employee-lifecycle-management")]
pub use nonemployeesourcewithnecount::Nonemployeesourcewithnecount;

#[cfg(feature = "notifications")]
mod notificationtemplatecontext;
#[cfg(feature = "notifications")]
pub use notificationtemplatecontext::Notificationtemplatecontext;

#[cfg(feature = "iai-role-mining")]
mod nullableentitycreatedbydto;
#[cfg(feature = "iai-role-mining")]
pub use nullableentitycreatedbydto::Nullableentitycreatedbydto;

#[cfg(feature = "configuration-hub")]
mod objectexportimportnames;
#[cfg(feature = "configuration-hub")]
pub use objectexportimportnames::Objectexportimportnames;

#[cfg(feature = "sp-config")]
mod objectexportimportoptions;
#[cfg(feature = "sp-config")]
pub use objectexportimportoptions::Objectexportimportoptions;

#[cfg(feature = "identity-profiles")]
mod objectimportresult;
#[cfg(feature = "identity-profiles")]
pub use objectimportresult::Objectimportresult;

#[cfg(feature = "sp-config")]
mod objectimportresult2;
#[cfg(feature = "sp-config")]
pub use objectimportresult2::Objectimportresult2;

#[cfg(feature = "configuration-hub")]
mod objectmappingbulkcreaterequest;
#[cfg(feature = "configuration-hub")]
pub use objectmappingbulkcreaterequest::Objectmappingbulkcreaterequest;

#[cfg(feature = "configuration-hub")]
mod objectmappingbulkcreateresponse;
#[cfg(feature = "configuration-hub")]
pub use objectmappingbulkcreateresponse::Objectmappingbulkcreateresponse;

#[cfg(feature = "configuration-hub")]
mod objectmappingbulkpatchrequest;
#[cfg(feature = "configuration-hub")]
pub use objectmappingbulkpatchrequest::Objectmappingbulkpatchrequest;

#[cfg(feature = "configuration-hub")]
mod objectmappingbulkpatchresponse;
#[cfg(feature = "configuration-hub")]
pub use objectmappingbulkpatchresponse::Objectmappingbulkpatchresponse;

#[cfg(feature = "configuration-hub")]
mod objectmappingrequest;
#[cfg(feature = "configuration-hub")]
pub use objectmappingrequest::Objectmappingrequest;

#[cfg(feature = "configuration-hub")]
mod objectmappingrequest_object_type;
#[cfg(feature = "configuration-hub")]
pub use objectmappingrequest_object_type::ObjectmappingrequestObjectType;

#[cfg(feature = "configuration-hub")]
mod objectmappingresponse;
#[cfg(feature = "configuration-hub")]
pub use objectmappingresponse::Objectmappingresponse;

#[cfg(feature = "configuration-hub")]
mod objectmappingresponse_object_type;
#[cfg(feature = "configuration-hub")]
pub use objectmappingresponse_object_type::ObjectmappingresponseObjectType;

#[cfg(feature = "certification-campaign-filters")]
mod operation;
#[cfg(feature = "certification-campaign-filters")]
pub use operation::Operation;

#[cfg(feature = "custom-forms")]
mod operation2;
#[cfg(feature = "custom-forms")]
pub use operation2::Operation2;

#[cfg(feature = "org-config")]
mod orgconfig;
#[cfg(feature = "org-config")]
pub use orgconfig::Orgconfig;

#[cfg(feature = "search")]
mod originalrequest;
#[cfg(feature = "search")]
pub use originalrequest::Originalrequest;

#[cfg(feature = "reports-data-extraction")]
mod orphan_identities_report_arguments;
#[cfg(feature = "reports-data-extraction")]
pub use orphan_identities_report_arguments::OrphanIdentitiesReportArguments;

#[cfg(feature = "reports-data-extraction")]
mod orphan_identities_report_arguments_selected_formats_inner;
#[cfg(feature = "reports-data-extraction")]
pub use orphan_identities_report_arguments_selected_formats_inner::OrphanIdentitiesReportArgumentsSelectedFormatsInner;

#[cfg(feature = "iai-outliers")]
mod outlier;
#[cfg(feature = "iai-outliers")]
pub use outlier::Outlier;

#[cfg(feature = "iai-outliers")]
mod outlier_type;
#[cfg(feature = "iai-outliers")]
pub use outlier_type::OutlierType;

#[cfg(feature = "iai-outliers")]
mod outlier_unignore_type;
#[cfg(feature = "iai-outliers")]
pub use outlier_unignore_type::OutlierUnignoreType;

#[cfg(feature = "iai-outliers")]
mod outliercontributingfeature;
#[cfg(feature = "iai-outliers")]
pub use outliercontributingfeature::Outliercontributingfeature;

#[cfg(feature = "iai-outliers")]
mod outlierfeaturesummary;
#[cfg(feature = "iai-outliers")]
pub use outlierfeaturesummary::Outlierfeaturesummary;

#[cfg(feature = "iai-outliers")]
mod outlierfeaturesummary_outlier_feature_display_values_inner;
#[cfg(feature = "iai-outliers")]
pub use outlierfeaturesummary_outlier_feature_display_values_inner::OutlierfeaturesummaryOutlierFeatureDisplayValuesInner;

#[cfg(feature = "iai-outliers")]
mod outlierfeaturetranslation;
#[cfg(feature = "iai-outliers")]
pub use outlierfeaturetranslation::Outlierfeaturetranslation;

#[cfg(feature = "iai-outliers")]
mod outlierscontributingfeatureaccessitems;
#[cfg(feature = "iai-outliers")]
pub use outlierscontributingfeatureaccessitems::Outlierscontributingfeatureaccessitems;

#[cfg(feature = "iai-outliers")]
mod outlierscontributingfeatureaccessitems_access_type;
#[cfg(feature = "iai-outliers")]
pub use outlierscontributingfeatureaccessitems_access_type::OutlierscontributingfeatureaccessitemsAccessType;

#[cfg(feature = "iai-outliers")]
mod outliersummary;
#[cfg(feature = "iai-outliers")]
pub use outliersummary::Outliersummary;

#[cfg(feature = "iai-outliers")]
mod outliersummary_type;
#[cfg(feature = "iai-outliers")]
pub use outliersummary_type::OutliersummaryType;

#[cfg(feature = "iai-outliers")]
mod outliervaluetype;
#[cfg(feature = "iai-outliers")]
pub use outliervaluetype::Outliervaluetype;

#[cfg(feature = "iai-outliers")]
mod outliervaluetype_name;
#[cfg(feature = "iai-outliers")]
pub use outliervaluetype_name::OutliervaluetypeName;

#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "service-desk-integration",
        feature = "sim-integrations"
    )
)]
mod ownerdto;
#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "service-desk-integration",
        feature = "sim-integrations"
    )
)]
pub use ownerdto::Ownerdto;

#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "governance-groups",
        feature = "service-desk-integration",
        feature = "sim-integrations"
    )
)]
mod ownerdto_type;
#[cfg(
    any(
        feature = "access-request-approvals",
        feature = "access-requests",
        feature = "governance-groups",
        feature = "service-desk-integration",
        feature = "sim-integrations"
    )
)]
pub use ownerdto_type::OwnerdtoType;

#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
mod ownerreference;
#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
pub use ownerreference::Ownerreference;

#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
mod ownerreference_type;
#[cfg(any(feature = "access-profiles", feature = "dimensions", feature = "roles"))]
pub use ownerreference_type::OwnerreferenceType;

#[cfg(feature = "segments")]
mod ownerreferencesegments;
#[cfg(feature = "segments")]
pub use ownerreferencesegments::Ownerreferencesegments;

#[cfg(feature = "segments")]
mod ownerreferencesegments_type;
#[cfg(feature = "segments")]
pub use ownerreferencesegments_type::OwnerreferencesegmentsType;

#[cfg(feature = "search")]
mod owns;
#[cfg(feature = "search")]
pub use owns::Owns;

#[cfg(feature = "parameter-storage")]
mod parameterstorageattestationdocument;
#[cfg(feature = "parameter-storage")]
pub use parameterstorageattestationdocument::Parameterstorageattestationdocument;

#[cfg(feature = "parameter-storage")]
mod parameterstoragejsonpatch;
#[cfg(feature = "parameter-storage")]
pub use parameterstoragejsonpatch::Parameterstoragejsonpatch;

#[cfg(feature = "parameter-storage")]
mod parameterstoragejsonpatch_op;
#[cfg(feature = "parameter-storage")]
pub use parameterstoragejsonpatch_op::ParameterstoragejsonpatchOp;

#[cfg(feature = "parameter-storage")]
mod parameterstoragenewparameter;
#[cfg(feature = "parameter-storage")]
pub use parameterstoragenewparameter::Parameterstoragenewparameter;

#[cfg(feature = "parameter-storage")]
mod parameterstorageparameter;
#[cfg(feature = "parameter-storage")]
pub use parameterstorageparameter::Parameterstorageparameter;

#[cfg(feature = "parameter-storage")]
mod parameterstoragereference;
#[cfg(feature = "parameter-storage")]
pub use parameterstoragereference::Parameterstoragereference;

#[cfg(feature = "parameter-storage")]
mod parameterstorageupdateparameter;
#[cfg(feature = "parameter-storage")]
pub use parameterstorageupdateparameter::Parameterstorageupdateparameter;

#[cfg(feature = "password-management")]
mod passwordchangerequest;
#[cfg(feature = "password-management")]
pub use passwordchangerequest::Passwordchangerequest;

#[cfg(feature = "password-management")]
mod passwordchangeresponse;
#[cfg(feature = "password-management")]
pub use passwordchangeresponse::Passwordchangeresponse;

#[cfg(feature = "password-management")]
mod passwordchangeresponse_state;
#[cfg(feature = "password-management")]
pub use passwordchangeresponse_state::PasswordchangeresponseState;

#[cfg(feature = "password-management")]
mod passworddigittoken;
#[cfg(feature = "password-management")]
pub use passworddigittoken::Passworddigittoken;

#[cfg(feature = "password-management")]
mod passworddigittokenreset;
#[cfg(feature = "password-management")]
pub use passworddigittokenreset::Passworddigittokenreset;

#[cfg(feature = "password-management")]
mod passwordinfo;
#[cfg(feature = "password-management")]
pub use passwordinfo::Passwordinfo;

#[cfg(feature = "password-management")]
mod passwordinfoaccount;
#[cfg(feature = "password-management")]
pub use passwordinfoaccount::Passwordinfoaccount;

#[cfg(feature = "password-management")]
mod passwordinfoquerydto;
#[cfg(feature = "password-management")]
pub use passwordinfoquerydto::Passwordinfoquerydto;

#[cfg(feature = "password-configuration")]
mod passwordorgconfig;
#[cfg(feature = "password-configuration")]
pub use passwordorgconfig::Passwordorgconfig;

#[cfg(feature = "sources")]
mod passwordpolicyholdersdto;
#[cfg(feature = "sources")]
pub use passwordpolicyholdersdto::Passwordpolicyholdersdto;

#[cfg(feature = "sources")]
mod passwordpolicyholdersdto_inner;
#[cfg(feature = "sources")]
pub use passwordpolicyholdersdto_inner::PasswordpolicyholdersdtoInner;

#[cfg(feature = "sources")]
mod passwordpolicyholdersdtoattributes;
#[cfg(feature = "sources")]
pub use passwordpolicyholdersdtoattributes::Passwordpolicyholdersdtoattributes;

#[cfg(feature = "sources")]
mod passwordpolicyholdersdtoattributes_identity_attr_inner;
#[cfg(feature = "sources")]
pub use passwordpolicyholdersdtoattributes_identity_attr_inner::PasswordpolicyholdersdtoattributesIdentityAttrInner;

#[cfg(feature = "password-policies")]
mod passwordpolicyv3dto;
#[cfg(feature = "password-policies")]
pub use passwordpolicyv3dto::Passwordpolicyv3dto;

#[cfg(feature = "password-management")]
mod passwordstatus;
#[cfg(feature = "password-management")]
pub use passwordstatus::Passwordstatus;

#[cfg(feature = "password-management")]
mod passwordstatus_state;
#[cfg(feature = "password-management")]
pub use passwordstatus_state::PasswordstatusState;

#[cfg(feature = "password-sync-groups")]
mod passwordsyncgroup;
#[cfg(feature = "password-sync-groups")]
pub use passwordsyncgroup::Passwordsyncgroup;

#[cfg(feature = "custom-forms")]
mod patch;
#[cfg(feature = "custom-forms")]
pub use patch::Patch;

#[cfg(feature = "custom-forms")]
mod patch_form_definition_v1400_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition_v1400_response::PatchFormDefinitionV1400Response;

#[cfg(feature = "custom-forms")]
mod patch_form_definition_v1401_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition_v1401_response::PatchFormDefinitionV1401Response;

#[cfg(feature = "custom-forms")]
mod patch_form_definition_v1403_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition_v1403_response::PatchFormDefinitionV1403Response;

#[cfg(feature = "custom-forms")]
mod patch_form_definition_v1404_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition_v1404_response::PatchFormDefinitionV1404Response;

#[cfg(feature = "custom-forms")]
mod patch_form_definition_v1500_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_definition_v1500_response::PatchFormDefinitionV1500Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance_v1400_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance_v1400_response::PatchFormInstanceV1400Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance_v1401_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance_v1401_response::PatchFormInstanceV1401Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance_v1403_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance_v1403_response::PatchFormInstanceV1403Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance_v1404_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance_v1404_response::PatchFormInstanceV1404Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance_v1409_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance_v1409_response::PatchFormInstanceV1409Response;

#[cfg(feature = "custom-forms")]
mod patch_form_instance_v1500_response;
#[cfg(feature = "custom-forms")]
pub use patch_form_instance_v1500_response::PatchFormInstanceV1500Response;

#[cfg(feature = "jit-access")]
mod patch_jit_activation_config_v1_config_type;
#[cfg(feature = "jit-access")]
pub use patch_jit_activation_config_v1_config_type::PatchJitActivationConfigV1ConfigType;

#[cfg(feature = "personal-access-tokens")]
mod patowner;
#[cfg(feature = "personal-access-tokens")]
pub use patowner::Patowner;

#[cfg(feature = "personal-access-tokens")]
mod patowner_type;
#[cfg(feature = "personal-access-tokens")]
pub use patowner_type::PatownerType;

#[cfg(feature = "iai-peer-group-strategies")]
mod peergroupmember;
#[cfg(feature = "iai-peer-group-strategies")]
pub use peergroupmember::Peergroupmember;

#[cfg(feature = "access-request-approvals")]
mod pendingapproval;
#[cfg(feature = "access-request-approvals")]
pub use pendingapproval::Pendingapproval;

#[cfg(feature = "access-request-approvals")]
mod pendingapproval_identity_type;
#[cfg(feature = "access-request-approvals")]
pub use pendingapproval_identity_type::PendingapprovalIdentityType;

#[cfg(feature = "access-request-approvals")]
mod pendingapproval_max_permitted_access_duration;
#[cfg(feature = "access-request-approvals")]
pub use pendingapproval_max_permitted_access_duration::PendingapprovalMaxPermittedAccessDuration;

#[cfg(feature = "access-request-approvals")]
mod pendingapproval_max_permitted_access_duration_time_unit;
#[cfg(feature = "access-request-approvals")]
pub use pendingapproval_max_permitted_access_duration_time_unit::PendingapprovalMaxPermittedAccessDurationTimeUnit;

#[cfg(feature = "access-request-approvals")]
mod pendingapproval_owner;
#[cfg(feature = "access-request-approvals")]
pub use pendingapproval_owner::PendingapprovalOwner;

#[cfg(feature = "access-request-approvals")]
mod pendingapproval_owner_type;
#[cfg(feature = "access-request-approvals")]
pub use pendingapproval_owner_type::PendingapprovalOwnerType;

#[cfg(feature = "access-request-approvals")]
mod pendingapprovalaction;
#[cfg(feature = "access-request-approvals")]
pub use pendingapprovalaction::Pendingapprovalaction;

#[cfg(feature = "data-access-security")]
mod permissioncollectorsettings;
#[cfg(feature = "data-access-security")]
pub use permissioncollectorsettings::Permissioncollectorsettings;

#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "certifications",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod permissiondto;
#[cfg(
    any(
        feature = "access-profiles",
        feature = "accounts",
        feature = "certifications",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use permissiondto::Permissiondto;

#[cfg(feature = "sod-violations")]
mod policyviolationresponse;
#[cfg(feature = "sod-violations")]
pub use policyviolationresponse::Policyviolationresponse;

#[cfg(feature = "sod-violations")]
mod policyviolationrisklevel;
#[cfg(feature = "sod-violations")]
pub use policyviolationrisklevel::Policyviolationrisklevel;

#[cfg(feature = "sod-violations")]
mod policyviolationstatus;
#[cfg(feature = "sod-violations")]
pub use policyviolationstatus::Policyviolationstatus;

#[cfg(feature = "access-requests")]
mod preapprovaltriggerdetails;
#[cfg(feature = "access-requests")]
pub use preapprovaltriggerdetails::Preapprovaltriggerdetails;

#[cfg(feature = "access-requests")]
mod preapprovaltriggerdetails_decision;
#[cfg(feature = "access-requests")]
pub use preapprovaltriggerdetails_decision::PreapprovaltriggerdetailsDecision;

#[cfg(feature = "custom-forms")]
mod predefinedselectoption;
#[cfg(feature = "custom-forms")]
pub use predefinedselectoption::Predefinedselectoption;

#[cfg(feature = "notifications")]
mod preferencesdto;
#[cfg(feature = "notifications")]
pub use preferencesdto::Preferencesdto;

#[cfg(feature = "custom-forms")]
mod previewdatasourceresponse;
#[cfg(feature = "custom-forms")]
pub use previewdatasourceresponse::Previewdatasourceresponse;

#[cfg(feature = "privilege-criteria-configuration")]
mod privilegecriteriaconfigdto;
#[cfg(feature = "privilege-criteria-configuration")]
pub use privilegecriteriaconfigdto::Privilegecriteriaconfigdto;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto::Privilegecriteriadto;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_groups_inner;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_groups_inner::PrivilegecriteriadtoGroupsInner;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_groups_inner_criteria_items_inner;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_groups_inner_criteria_items_inner::PrivilegecriteriadtoGroupsInnerCriteriaItemsInner;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_groups_inner_criteria_items_inner_operator;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_groups_inner_criteria_items_inner_operator::PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerOperator;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_groups_inner_criteria_items_inner_property;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_groups_inner_criteria_items_inner_property::PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerProperty;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_groups_inner_criteria_items_inner_property_variant1;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_groups_inner_criteria_items_inner_property_variant1::PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerPropertyVariant1;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_groups_inner_criteria_items_inner_target_type;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_groups_inner_criteria_items_inner_target_type::PrivilegecriteriadtoGroupsInnerCriteriaItemsInnerTargetType;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_groups_inner_operator;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_groups_inner_operator::PrivilegecriteriadtoGroupsInnerOperator;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_operator;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_operator::PrivilegecriteriadtoOperator;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_privilege_level;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_privilege_level::PrivilegecriteriadtoPrivilegeLevel;

#[cfg(feature = "privilege-criteria")]
mod privilegecriteriadto_type;
#[cfg(feature = "privilege-criteria")]
pub use privilegecriteriadto_type::PrivilegecriteriadtoType;

#[cfg(feature = "suggested-entitlement-description")]
mod privilegedrecommendationgroup;
#[cfg(feature = "suggested-entitlement-description")]
pub use privilegedrecommendationgroup::Privilegedrecommendationgroup;

#[cfg(feature = "suggested-entitlement-description")]
mod privilegedrecommendationinstance;
#[cfg(feature = "suggested-entitlement-description")]
pub use privilegedrecommendationinstance::Privilegedrecommendationinstance;

#[cfg(feature = "identities")]
mod processidentitiesrequest;
#[cfg(feature = "identities")]
pub use processidentitiesrequest::Processidentitiesrequest;

#[cfg(feature = "search")]
mod processingdetails;
#[cfg(feature = "search")]
pub use processingdetails::Processingdetails;

#[cfg(feature = "tenant")]
mod product;
#[cfg(feature = "tenant")]
pub use product::Product;

#[cfg(feature = "tenant")]
mod product_org_type;
#[cfg(feature = "tenant")]
pub use product_org_type::ProductOrgType;

#[cfg(feature = "triggers")]
mod provisioningcompleted;
#[cfg(feature = "triggers")]
pub use provisioningcompleted::Provisioningcompleted;

#[cfg(feature = "triggers")]
mod provisioningcompleted_account_requests_inner;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_account_requests_inner::ProvisioningcompletedAccountRequestsInner;

#[cfg(feature = "triggers")]
mod provisioningcompleted_account_requests_inner_attribute_requests_inner;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_account_requests_inner_attribute_requests_inner::ProvisioningcompletedAccountRequestsInnerAttributeRequestsInner;

#[cfg(feature = "triggers")]
mod provisioningcompleted_account_requests_inner_attribute_requests_inner_operation;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_account_requests_inner_attribute_requests_inner_operation::ProvisioningcompletedAccountRequestsInnerAttributeRequestsInnerOperation;

#[cfg(feature = "triggers")]
mod provisioningcompleted_account_requests_inner_provisioning_result;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_account_requests_inner_provisioning_result::ProvisioningcompletedAccountRequestsInnerProvisioningResult;

#[cfg(feature = "triggers")]
mod provisioningcompleted_account_requests_inner_source;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_account_requests_inner_source::ProvisioningcompletedAccountRequestsInnerSource;

#[cfg(feature = "triggers")]
mod provisioningcompleted_account_requests_inner_source_type;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_account_requests_inner_source_type::ProvisioningcompletedAccountRequestsInnerSourceType;

#[cfg(feature = "triggers")]
mod provisioningcompleted_recipient;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_recipient::ProvisioningcompletedRecipient;

#[cfg(feature = "triggers")]
mod provisioningcompleted_recipient_type;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_recipient_type::ProvisioningcompletedRecipientType;

#[cfg(feature = "triggers")]
mod provisioningcompleted_requester;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_requester::ProvisioningcompletedRequester;

#[cfg(feature = "triggers")]
mod provisioningcompleted_requester_type;
#[cfg(feature = "triggers")]
pub use provisioningcompleted_requester_type::ProvisioningcompletedRequesterType;

#[cfg(feature = "service-desk-integration")]
mod provisioningconfig;
#[cfg(feature = "service-desk-integration")]
pub use provisioningconfig::Provisioningconfig;

#[cfg(feature = "service-desk-integration")]
mod provisioningconfig_plan_initializer_script;
#[cfg(feature = "service-desk-integration")]
pub use provisioningconfig_plan_initializer_script::ProvisioningconfigPlanInitializerScript;

#[cfg(feature = "access-profiles")]
mod provisioningcriterialevel1;
#[cfg(feature = "access-profiles")]
pub use provisioningcriterialevel1::Provisioningcriterialevel1;

#[cfg(feature = "access-profiles")]
mod provisioningcriterialevel2;
#[cfg(feature = "access-profiles")]
pub use provisioningcriterialevel2::Provisioningcriterialevel2;

#[cfg(feature = "access-profiles")]
mod provisioningcriterialevel3;
#[cfg(feature = "access-profiles")]
pub use provisioningcriterialevel3::Provisioningcriterialevel3;

#[cfg(feature = "access-profiles")]
mod provisioningcriteriaoperation;
#[cfg(feature = "access-profiles")]
pub use provisioningcriteriaoperation::Provisioningcriteriaoperation;

#[cfg(feature = "access-requests")]
mod provisioningdetails;
#[cfg(feature = "access-requests")]
pub use provisioningdetails::Provisioningdetails;

#[cfg(feature = "sources")]
mod provisioningpolicydto;
#[cfg(feature = "sources")]
pub use provisioningpolicydto::Provisioningpolicydto;

#[cfg(feature = "sources")]
mod provisioningpolicydtov2;
#[cfg(feature = "sources")]
pub use provisioningpolicydtov2::Provisioningpolicydtov2;

#[cfg(feature = "account-activities")]
mod provisioningstate;
#[cfg(feature = "account-activities")]
pub use provisioningstate::Provisioningstate;

#[cfg(feature = "public-identities")]
mod public_identities_publicidentity;
#[cfg(feature = "public-identities")]
pub use public_identities_publicidentity::PublicIdentitiesPublicidentity;

#[cfg(feature = "public-identities")]
mod public_identities_publicidentity_attributes_inner;
#[cfg(feature = "public-identities")]
pub use public_identities_publicidentity_attributes_inner::PublicIdentitiesPublicidentityAttributesInner;

#[cfg(feature = "public-identities")]
mod public_identities_publicidentity_identity_state;
#[cfg(feature = "public-identities")]
pub use public_identities_publicidentity_identity_state::PublicIdentitiesPublicidentityIdentityState;

#[cfg(feature = "custom-user-levels")]
mod publicidentity;
#[cfg(feature = "custom-user-levels")]
pub use publicidentity::Publicidentity;

#[cfg(feature = "custom-user-levels")]
mod publicidentity_attributes_inner;
#[cfg(feature = "custom-user-levels")]
pub use publicidentity_attributes_inner::PublicidentityAttributesInner;

#[cfg(feature = "custom-user-levels")]
mod publicidentity_identity_state;
#[cfg(feature = "custom-user-levels")]
pub use publicidentity_identity_state::PublicidentityIdentityState;

#[cfg(feature = "public-identities-config")]
mod publicidentityattributeconfig;
#[cfg(feature = "public-identities-config")]
pub use publicidentityattributeconfig::Publicidentityattributeconfig;

#[cfg(feature = "public-identities-config")]
mod publicidentityconfig;
#[cfg(feature = "public-identities-config")]
pub use publicidentityconfig::Publicidentityconfig;

#[cfg(feature = "public-machine-identities")]
mod publicmachineidentity;
#[cfg(feature = "public-machine-identities")]
pub use publicmachineidentity::Publicmachineidentity;

#[cfg(feature = "public-machine-identities")]
mod publicmachineidentityowner;
#[cfg(feature = "public-machine-identities")]
pub use publicmachineidentityowner::Publicmachineidentityowner;

#[cfg(feature = "data-segmentation")]
mod published;
#[cfg(feature = "data-segmentation")]
pub use published::Published;

#[cfg(feature = "approvals")]
mod put_approvals_config_v1_scope;
#[cfg(feature = "approvals")]
pub use put_approvals_config_v1_scope::PutApprovalsConfigV1Scope;

#[cfg(feature = "managed-clusters")]
mod put_client_log_configuration_v1_request;
#[cfg(feature = "managed-clusters")]
pub use put_client_log_configuration_v1_request::PutClientLogConfigurationV1Request;

#[cfg(feature = "connectors")]
mod put_connector_correlation_config_v1_request;
#[cfg(feature = "connectors")]
pub use put_connector_correlation_config_v1_request::PutConnectorCorrelationConfigV1Request;

#[cfg(feature = "connectors")]
mod put_connector_source_config_v1_request;
#[cfg(feature = "connectors")]
pub use put_connector_source_config_v1_request::PutConnectorSourceConfigV1Request;

#[cfg(feature = "connectors")]
mod put_connector_source_template_v1_request;
#[cfg(feature = "connectors")]
pub use put_connector_source_template_v1_request::PutConnectorSourceTemplateV1Request;

#[cfg(feature = "connectors")]
mod put_connector_translations_v1_locale;
#[cfg(feature = "connectors")]
pub use put_connector_translations_v1_locale::PutConnectorTranslationsV1Locale;

#[cfg(feature = "password-dictionary")]
mod put_password_dictionary_v1_request;
#[cfg(feature = "password-dictionary")]
pub use put_password_dictionary_v1_request::PutPasswordDictionaryV1Request;

#[cfg(feature = "tagged-objects")]
mod put_tagged_object_v1_type;
#[cfg(feature = "tagged-objects")]
pub use put_tagged_object_v1_type::PutTaggedObjectV1Type;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod query;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use query::Query;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod queryresultfilter;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use queryresultfilter::Queryresultfilter;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod querytype;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use querytype::Querytype;

#[cfg(feature = "service-desk-integration")]
mod queuedcheckconfigdetails;
#[cfg(feature = "service-desk-integration")]
pub use queuedcheckconfigdetails::Queuedcheckconfigdetails;

#[cfg(feature = "data-segmentation")]
mod r#ref;
#[cfg(feature = "data-segmentation")]
pub use r#ref::Ref;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod r#static;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use r#static::Static;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod randomalphanumeric;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use randomalphanumeric::Randomalphanumeric;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod randomnumeric;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use randomnumeric::Randomnumeric;

#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "saved-search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod range;
#[cfg(
    any(
        feature = "access-model-metadata",
        feature = "saved-search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
pub use range::Range;

#[cfg(feature = "sod-violations")]
mod reassigninput;
#[cfg(feature = "sod-violations")]
pub use reassigninput::Reassigninput;

#[cfg(feature = "sod-violations")]
mod reassigninput_assignee_type;
#[cfg(feature = "sod-violations")]
pub use reassigninput_assignee_type::ReassigninputAssigneeType;

#[cfg(feature = "certifications")]
mod reassignment;
#[cfg(feature = "certifications")]
pub use reassignment::Reassignment;

#[cfg(feature = "certification-campaigns")]
mod reassignmenttraildto;
#[cfg(feature = "certification-campaigns")]
pub use reassignmenttraildto::Reassignmenttraildto;

#[cfg(feature = "certification-campaigns")]
mod reassignmenttraildtolist;
#[cfg(feature = "certification-campaigns")]
pub use reassignmenttraildtolist::Reassignmenttraildtolist;

#[cfg(feature = "access-request-approvals")]
mod reassignmenttype;
#[cfg(feature = "access-request-approvals")]
pub use reassignmenttype::Reassignmenttype;

#[cfg(feature = "work-reassignment")]
mod reassignmenttypeenum;
#[cfg(feature = "work-reassignment")]
pub use reassignmenttypeenum::Reassignmenttypeenum;

#[cfg(feature = "certifications")]
mod reassignreference;
#[cfg(feature = "certifications")]
pub use reassignreference::Reassignreference;

#[cfg(feature = "certifications")]
mod reassignreference_type;
#[cfg(feature = "certifications")]
pub use reassignreference_type::ReassignreferenceType;

#[cfg(feature = "accounts")]
mod recommendation;
#[cfg(feature = "accounts")]
pub use recommendation::Recommendation;

#[cfg(feature = "accounts")]
mod recommendation_method;
#[cfg(feature = "accounts")]
pub use recommendation_method::RecommendationMethod;

#[cfg(feature = "accounts")]
mod recommendation_type;
#[cfg(feature = "accounts")]
pub use recommendation_type::RecommendationType;

#[cfg(feature = "iai-recommendations")]
mod recommendationconfigdto;
#[cfg(feature = "iai-recommendations")]
pub use recommendationconfigdto::Recommendationconfigdto;

#[cfg(feature = "iai-recommendations")]
mod recommendationrequest;
#[cfg(feature = "iai-recommendations")]
pub use recommendationrequest::Recommendationrequest;

#[cfg(feature = "iai-recommendations")]
mod recommendationrequestdto;
#[cfg(feature = "iai-recommendations")]
pub use recommendationrequestdto::Recommendationrequestdto;

#[cfg(feature = "iai-recommendations")]
mod recommendationresponse;
#[cfg(feature = "iai-recommendations")]
pub use recommendationresponse::Recommendationresponse;

#[cfg(feature = "iai-recommendations")]
mod recommendationresponse_recommendation;
#[cfg(feature = "iai-recommendations")]
pub use recommendationresponse_recommendation::RecommendationresponseRecommendation;

#[cfg(feature = "iai-recommendations")]
mod recommendationresponsedto;
#[cfg(feature = "iai-recommendations")]
pub use recommendationresponsedto::Recommendationresponsedto;

#[cfg(feature = "iai-recommendations")]
mod recommendercalculations;
#[cfg(feature = "iai-recommendations")]
pub use recommendercalculations::Recommendercalculations;

#[cfg(feature = "iai-recommendations")]
mod recommendercalculations_identity_attributes_value;
#[cfg(feature = "iai-recommendations")]
pub use recommendercalculations_identity_attributes_value::RecommendercalculationsIdentityAttributesValue;

#[cfg(feature = "data-access-security")]
mod reelectrequest;
#[cfg(feature = "data-access-security")]
pub use reelectrequest::Reelectrequest;

#[cfg(feature = "search")]
mod reference;
#[cfg(feature = "search")]
pub use reference::Reference;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod reference2;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use reference2::Reference2;

#[cfg(feature = "sod-controls")]
mod referenceinput;
#[cfg(feature = "sod-controls")]
pub use referenceinput::Referenceinput;

#[cfg(feature = "sod-controls")]
mod referenceinput_type;
#[cfg(feature = "sod-controls")]
pub use referenceinput_type::ReferenceinputType;

#[cfg(feature = "sod-violations")]
mod referenceresponse;
#[cfg(feature = "sod-violations")]
pub use referenceresponse::Referenceresponse;

#[cfg(feature = "work-items")]
mod remediationitemdetails;
#[cfg(feature = "work-items")]
pub use remediationitemdetails::Remediationitemdetails;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod replace;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use replace::Replace;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod replaceall;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use replaceall::Replaceall;

#[cfg(feature = "shared-signals-framework-ssf")]
mod replacestreamconfigurationrequest;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use replacestreamconfigurationrequest::Replacestreamconfigurationrequest;

#[cfg(feature = "org-config")]
mod reportconfigdto;
#[cfg(feature = "org-config")]
pub use reportconfigdto::Reportconfigdto;

#[cfg(feature = "reports-data-extraction")]
mod reportdetails;
#[cfg(feature = "reports-data-extraction")]
pub use reportdetails::Reportdetails;

#[cfg(feature = "reports-data-extraction")]
mod reportdetails_arguments;
#[cfg(feature = "reports-data-extraction")]
pub use reportdetails_arguments::ReportdetailsArguments;

#[cfg(feature = "reports-data-extraction")]
mod reportdetails_report_type;
#[cfg(feature = "reports-data-extraction")]
pub use reportdetails_report_type::ReportdetailsReportType;

#[cfg(feature = "unreferenced-schemas")]
mod reportresultreference;
#[cfg(feature = "unreferenced-schemas")]
pub use reportresultreference::Reportresultreference;

#[cfg(any(feature = "certification-campaigns", feature = "unreferenced-schemas"))]
mod reportresultreference_status;
#[cfg(any(feature = "certification-campaigns", feature = "unreferenced-schemas"))]
pub use reportresultreference_status::ReportresultreferenceStatus;

#[cfg(feature = "reports-data-extraction")]
mod reportresults;
#[cfg(feature = "reports-data-extraction")]
pub use reportresults::Reportresults;

#[cfg(feature = "reports-data-extraction")]
mod reportresults_available_formats_inner;
#[cfg(feature = "reports-data-extraction")]
pub use reportresults_available_formats_inner::ReportresultsAvailableFormatsInner;

#[cfg(feature = "reports-data-extraction")]
mod reportresults_report_type;
#[cfg(feature = "reports-data-extraction")]
pub use reportresults_report_type::ReportresultsReportType;

#[cfg(feature = "reports-data-extraction")]
mod reportresults_status;
#[cfg(feature = "reports-data-extraction")]
pub use reportresults_status::ReportresultsStatus;

#[cfg(feature = "certification-campaigns")]
mod reporttype;
#[cfg(feature = "certification-campaigns")]
pub use reporttype::Reporttype;

#[cfg(feature = "access-profiles")]
mod requestability;
#[cfg(feature = "access-profiles")]
pub use requestability::Requestability;

#[cfg(feature = "roles")]
mod requestabilityforrole;
#[cfg(feature = "roles")]
pub use requestabilityforrole::Requestabilityforrole;

#[cfg(feature = "requestable-objects")]
mod requestable_objects_requestableobjecttype;
#[cfg(feature = "requestable-objects")]
pub use requestable_objects_requestableobjecttype::RequestableObjectsRequestableobjecttype;

#[cfg(feature = "requestable-objects")]
mod requestableobject;
#[cfg(feature = "requestable-objects")]
pub use requestableobject::Requestableobject;

#[cfg(feature = "access-request-approvals")]
mod requestableobjectreference;
#[cfg(feature = "access-request-approvals")]
pub use requestableobjectreference::Requestableobjectreference;

#[cfg(feature = "access-request-approvals")]
mod requestableobjectreference_type;
#[cfg(feature = "access-request-approvals")]
pub use requestableobjectreference_type::RequestableobjectreferenceType;

#[cfg(feature = "requestable-objects")]
mod requestableobjectrequeststatus;
#[cfg(feature = "requestable-objects")]
pub use requestableobjectrequeststatus::Requestableobjectrequeststatus;

#[cfg(feature = "account-activities")]
mod requestableobjecttype;
#[cfg(feature = "account-activities")]
pub use requestableobjecttype::Requestableobjecttype;

#[cfg(feature = "access-request-approvals")]
mod requestedaccountref;
#[cfg(feature = "access-request-approvals")]
pub use requestedaccountref::Requestedaccountref;

#[cfg(feature = "access-requests")]
mod requestedfordtoref;
#[cfg(feature = "access-requests")]
pub use requestedfordtoref::Requestedfordtoref;

#[cfg(feature = "access-requests")]
mod requestedfordtoref_identity_type;
#[cfg(feature = "access-requests")]
pub use requestedfordtoref_identity_type::RequestedfordtorefIdentityType;

#[cfg(feature = "access-requests")]
mod requesteditemaccountselections;
#[cfg(feature = "access-requests")]
pub use requesteditemaccountselections::Requesteditemaccountselections;

#[cfg(feature = "access-requests")]
mod requesteditemaccountselections_type;
#[cfg(feature = "access-requests")]
pub use requesteditemaccountselections_type::RequesteditemaccountselectionsType;

#[cfg(feature = "access-requests")]
mod requesteditemdetails;
#[cfg(feature = "access-requests")]
pub use requesteditemdetails::Requesteditemdetails;

#[cfg(feature = "access-requests")]
mod requesteditemdetails_type;
#[cfg(feature = "access-requests")]
pub use requesteditemdetails_type::RequesteditemdetailsType;

#[cfg(feature = "access-requests")]
mod requesteditemdtoref;
#[cfg(feature = "access-requests")]
pub use requesteditemdtoref::Requesteditemdtoref;

#[cfg(feature = "access-requests")]
mod requesteditemdtoref_type;
#[cfg(feature = "access-requests")]
pub use requesteditemdtoref_type::RequesteditemdtorefType;

#[cfg(feature = "access-requests")]
mod requesteditemstatus;
#[cfg(feature = "access-requests")]
pub use requesteditemstatus::Requesteditemstatus;

#[cfg(feature = "access-requests")]
mod requesteditemstatus_identity_type;
#[cfg(feature = "access-requests")]
pub use requesteditemstatus_identity_type::RequesteditemstatusIdentityType;

#[cfg(feature = "access-requests")]
mod requesteditemstatus_requested_for;
#[cfg(feature = "access-requests")]
pub use requesteditemstatus_requested_for::RequesteditemstatusRequestedFor;

#[cfg(feature = "access-requests")]
mod requesteditemstatus_requested_for_type;
#[cfg(feature = "access-requests")]
pub use requesteditemstatus_requested_for_type::RequesteditemstatusRequestedForType;

#[cfg(feature = "access-requests")]
mod requesteditemstatus_type;
#[cfg(feature = "access-requests")]
pub use requesteditemstatus_type::RequesteditemstatusType;

#[cfg(feature = "access-requests")]
mod requesteditemstatusrequeststate;
#[cfg(feature = "access-requests")]
pub use requesteditemstatusrequeststate::Requesteditemstatusrequeststate;

#[cfg(feature = "access-requests")]
mod requestonbehalfofconfig;
#[cfg(feature = "access-requests")]
pub use requestonbehalfofconfig::Requestonbehalfofconfig;

#[cfg(feature = "access-requests")]
mod requestonbehalfofconfigv2;
#[cfg(feature = "access-requests")]
pub use requestonbehalfofconfigv2::Requestonbehalfofconfigv2;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod requiresperiodicrefresh;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use requiresperiodicrefresh::Requiresperiodicrefresh;

#[cfg(feature = "data-access-security")]
mod resourcemodel;
#[cfg(feature = "data-access-security")]
pub use resourcemodel::Resourcemodel;

#[cfg(feature = "sources")]
mod resourceobject;
#[cfg(feature = "sources")]
pub use resourceobject::Resourceobject;

#[cfg(feature = "sources")]
mod resourceobjectsrequest;
#[cfg(feature = "sources")]
pub use resourceobjectsrequest::Resourceobjectsrequest;

#[cfg(feature = "sources")]
mod resourceobjectsresponse;
#[cfg(feature = "sources")]
pub use resourceobjectsresponse::Resourceobjectsresponse;

#[cfg(feature = "machine-identities")]
mod resourcev2;
#[cfg(feature = "machine-identities")]
pub use resourcev2::Resourcev2;

#[cfg(feature = "intelligence")]
mod response_action_accepted;
#[cfg(feature = "intelligence")]
pub use response_action_accepted::ResponseActionAccepted;

#[cfg(feature = "intelligence")]
mod response_action_accepted_status;
#[cfg(feature = "intelligence")]
pub use response_action_accepted_status::ResponseActionAcceptedStatus;

#[cfg(feature = "unreferenced-schemas")]
mod response_action_context;
#[cfg(feature = "unreferenced-schemas")]
pub use response_action_context::ResponseActionContext;

#[cfg(feature = "unreferenced-schemas")]
mod response_action_context_source;
#[cfg(feature = "unreferenced-schemas")]
pub use response_action_context_source::ResponseActionContextSource;

#[cfg(feature = "intelligence")]
mod response_action_create_request;
#[cfg(feature = "intelligence")]
pub use response_action_create_request::ResponseActionCreateRequest;

#[cfg(feature = "intelligence")]
mod response_action_create_request_variant1;
#[cfg(feature = "intelligence")]
pub use response_action_create_request_variant1::ResponseActionCreateRequestVariant1;

#[cfg(feature = "intelligence")]
mod response_action_create_request_variant1_action_type;
#[cfg(feature = "intelligence")]
pub use response_action_create_request_variant1_action_type::ResponseActionCreateRequestVariant1ActionType;

#[cfg(feature = "intelligence")]
mod response_action_create_request_variant2;
#[cfg(feature = "intelligence")]
pub use response_action_create_request_variant2::ResponseActionCreateRequestVariant2;

#[cfg(feature = "intelligence")]
mod response_action_create_request_variant2_action_type;
#[cfg(feature = "intelligence")]
pub use response_action_create_request_variant2_action_type::ResponseActionCreateRequestVariant2ActionType;

#[cfg(feature = "intelligence")]
mod response_action_status;
#[cfg(feature = "intelligence")]
pub use response_action_status::ResponseActionStatus;

#[cfg(feature = "intelligence")]
mod response_action_status_action_type;
#[cfg(feature = "intelligence")]
pub use response_action_status_action_type::ResponseActionStatusActionType;

#[cfg(feature = "intelligence")]
mod response_action_status_status;
#[cfg(feature = "intelligence")]
pub use response_action_status_status::ResponseActionStatusStatus;

#[cfg(feature = "search")]
mod result2;
#[cfg(feature = "search")]
pub use result2::Result2;

#[cfg(feature = "certification-summaries")]
mod reviewableaccessprofile;
#[cfg(feature = "certification-summaries")]
pub use reviewableaccessprofile::Reviewableaccessprofile;

#[cfg(feature = "certification-summaries")]
mod reviewableentitlement;
#[cfg(feature = "certification-summaries")]
pub use reviewableentitlement::Reviewableentitlement;

#[cfg(feature = "certification-summaries")]
mod reviewableentitlement_account;
#[cfg(feature = "certification-summaries")]
pub use reviewableentitlement_account::ReviewableentitlementAccount;

#[cfg(feature = "certification-summaries")]
mod reviewableentitlement_account_owner;
#[cfg(feature = "certification-summaries")]
pub use reviewableentitlement_account_owner::ReviewableentitlementAccountOwner;

#[cfg(feature = "certification-summaries")]
mod reviewableentitlement_account_owner_type;
#[cfg(feature = "certification-summaries")]
pub use reviewableentitlement_account_owner_type::ReviewableentitlementAccountOwnerType;

#[cfg(feature = "certification-summaries")]
mod reviewablerole;
#[cfg(feature = "certification-summaries")]
pub use reviewablerole::Reviewablerole;

#[cfg(feature = "certifications")]
mod reviewdecision;
#[cfg(feature = "certifications")]
pub use reviewdecision::Reviewdecision;

#[cfg(feature = "certifications")]
mod reviewer;
#[cfg(feature = "certifications")]
pub use reviewer::Reviewer;

#[cfg(feature = "certifications")]
mod reviewer_type;
#[cfg(feature = "certifications")]
pub use reviewer_type::ReviewerType;

#[cfg(feature = "certifications")]
mod reviewreassign;
#[cfg(feature = "certifications")]
pub use reviewreassign::Reviewreassign;

#[cfg(feature = "certifications")]
mod reviewrecommendation;
#[cfg(feature = "certifications")]
pub use reviewrecommendation::Reviewrecommendation;

#[cfg(feature = "access-profiles")]
mod revocability;
#[cfg(feature = "access-profiles")]
pub use revocability::Revocability;

#[cfg(feature = "roles")]
mod revocabilityforrole;
#[cfg(feature = "roles")]
pub use revocabilityforrole::Revocabilityforrole;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod rightpad;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use rightpad::Rightpad;

#[cfg(feature = "custom-user-levels")]
mod rightsetdto;
#[cfg(feature = "custom-user-levels")]
pub use rightsetdto::Rightsetdto;

#[cfg(feature = "roles")]
mod role;
#[cfg(feature = "roles")]
pub use role::Role;

#[cfg(feature = "role-propagation")]
mod role_propagation_config_input;
#[cfg(feature = "role-propagation")]
pub use role_propagation_config_input::RolePropagationConfigInput;

#[cfg(feature = "role-propagation")]
mod role_propagation_config_response;
#[cfg(feature = "role-propagation")]
pub use role_propagation_config_response::RolePropagationConfigResponse;

#[cfg(feature = "role-propagation")]
mod role_propagation_ongoing_response;
#[cfg(feature = "role-propagation")]
pub use role_propagation_ongoing_response::RolePropagationOngoingResponse;

#[cfg(feature = "role-propagation")]
mod role_propagation_ongoing_response_role_propagation_details;
#[cfg(feature = "role-propagation")]
pub use role_propagation_ongoing_response_role_propagation_details::RolePropagationOngoingResponseRolePropagationDetails;

#[cfg(feature = "role-propagation")]
mod role_propagation_ongoing_response_role_propagation_details_execution_stage;
#[cfg(feature = "role-propagation")]
pub use role_propagation_ongoing_response_role_propagation_details_execution_stage::RolePropagationOngoingResponseRolePropagationDetailsExecutionStage;

#[cfg(feature = "role-propagation")]
mod role_propagation_ongoing_response_role_propagation_details_launched_by;
#[cfg(feature = "role-propagation")]
pub use role_propagation_ongoing_response_role_propagation_details_launched_by::RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy;

#[cfg(feature = "role-propagation")]
mod role_propagation_ongoing_response_role_propagation_details_launched_by_type;
#[cfg(feature = "role-propagation")]
pub use role_propagation_ongoing_response_role_propagation_details_launched_by_type::RolePropagationOngoingResponseRolePropagationDetailsLaunchedByType;

#[cfg(feature = "role-propagation")]
mod role_propagation_ongoing_response_role_propagation_details_status;
#[cfg(feature = "role-propagation")]
pub use role_propagation_ongoing_response_role_propagation_details_status::RolePropagationOngoingResponseRolePropagationDetailsStatus;

#[cfg(feature = "role-propagation")]
mod role_propagation_ongoing_response_role_propagation_details_terminated_by;
#[cfg(feature = "role-propagation")]
pub use role_propagation_ongoing_response_role_propagation_details_terminated_by::RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy;

#[cfg(feature = "role-propagation")]
mod role_propagation_ongoing_response_role_propagation_details_terminated_by_type;
#[cfg(feature = "role-propagation")]
pub use role_propagation_ongoing_response_role_propagation_details_terminated_by_type::RolePropagationOngoingResponseRolePropagationDetailsTerminatedByType;

#[cfg(feature = "role-propagation")]
mod role_propagation_response;
#[cfg(feature = "role-propagation")]
pub use role_propagation_response::RolePropagationResponse;

#[cfg(feature = "role-propagation")]
mod role_propagation_status_response;
#[cfg(feature = "role-propagation")]
pub use role_propagation_status_response::RolePropagationStatusResponse;

#[cfg(feature = "role-propagation")]
mod role_propagation_status_response_execution_stage;
#[cfg(feature = "role-propagation")]
pub use role_propagation_status_response_execution_stage::RolePropagationStatusResponseExecutionStage;

#[cfg(feature = "role-propagation")]
mod role_propagation_status_response_launched_by;
#[cfg(feature = "role-propagation")]
pub use role_propagation_status_response_launched_by::RolePropagationStatusResponseLaunchedBy;

#[cfg(feature = "role-propagation")]
mod role_propagation_status_response_launched_by_type;
#[cfg(feature = "role-propagation")]
pub use role_propagation_status_response_launched_by_type::RolePropagationStatusResponseLaunchedByType;

#[cfg(feature = "role-propagation")]
mod role_propagation_status_response_status;
#[cfg(feature = "role-propagation")]
pub use role_propagation_status_response_status::RolePropagationStatusResponseStatus;

#[cfg(feature = "role-propagation")]
mod role_propagation_status_response_terminated_by;
#[cfg(feature = "role-propagation")]
pub use role_propagation_status_response_terminated_by::RolePropagationStatusResponseTerminatedBy;

#[cfg(feature = "role-propagation")]
mod role_propagation_status_response_terminated_by_type;
#[cfg(feature = "role-propagation")]
pub use role_propagation_status_response_terminated_by_type::RolePropagationStatusResponseTerminatedByType;

#[cfg(feature = "identities")]
mod roleassignmentdto;
#[cfg(feature = "identities")]
pub use roleassignmentdto::Roleassignmentdto;

#[cfg(feature = "identities")]
mod roleassignmentdto_assigner;
#[cfg(feature = "identities")]
pub use roleassignmentdto_assigner::RoleassignmentdtoAssigner;

#[cfg(feature = "identities")]
mod roleassignmentdto_assigner_type;
#[cfg(feature = "identities")]
pub use roleassignmentdto_assigner_type::RoleassignmentdtoAssignerType;

#[cfg(feature = "identities")]
mod roleassignmentref;
#[cfg(feature = "identities")]
pub use roleassignmentref::Roleassignmentref;

#[cfg(feature = "roles")]
mod roleassignmentsourcetype;
#[cfg(feature = "roles")]
pub use roleassignmentsourcetype::Roleassignmentsourcetype;

#[cfg(feature = "roles")]
mod rolebulkdeleterequest;
#[cfg(feature = "roles")]
pub use rolebulkdeleterequest::Rolebulkdeleterequest;

#[cfg(feature = "roles")]
mod rolebulkupdateresponse;
#[cfg(feature = "roles")]
pub use rolebulkupdateresponse::Rolebulkupdateresponse;

#[cfg(feature = "roles")]
mod rolebulkupdateresponse_status;
#[cfg(feature = "roles")]
pub use rolebulkupdateresponse_status::RolebulkupdateresponseStatus;

#[cfg(feature = "roles")]
mod rolecriteriakey;
#[cfg(feature = "roles")]
pub use rolecriteriakey::Rolecriteriakey;

#[cfg(feature = "roles")]
mod rolecriteriakeytype;
#[cfg(feature = "roles")]
pub use rolecriteriakeytype::Rolecriteriakeytype;

#[cfg(feature = "roles")]
mod rolecriterialevel1;
#[cfg(feature = "roles")]
pub use rolecriterialevel1::Rolecriterialevel1;

#[cfg(feature = "roles")]
mod rolecriterialevel2;
#[cfg(feature = "roles")]
pub use rolecriterialevel2::Rolecriterialevel2;

#[cfg(feature = "roles")]
mod rolecriterialevel3;
#[cfg(feature = "roles")]
pub use rolecriterialevel3::Rolecriterialevel3;

#[cfg(feature = "roles")]
mod rolecriteriaoperation;
#[cfg(feature = "roles")]
pub use rolecriteriaoperation::Rolecriteriaoperation;

#[cfg(feature = "search")]
mod roledocument;
#[cfg(feature = "search")]
pub use roledocument::Roledocument;

#[cfg(feature = "search")]
mod roledocument_dimension_schema_attributes_inner;
#[cfg(feature = "search")]
pub use roledocument_dimension_schema_attributes_inner::RoledocumentDimensionSchemaAttributesInner;

#[cfg(feature = "search")]
mod roledocument_dimensions_inner;
#[cfg(feature = "search")]
pub use roledocument_dimensions_inner::RoledocumentDimensionsInner;

#[cfg(feature = "search")]
mod roledocument_dimensions_inner_entitlements_inner;
#[cfg(feature = "search")]
pub use roledocument_dimensions_inner_entitlements_inner::RoledocumentDimensionsInnerEntitlementsInner;

#[cfg(feature = "search")]
mod roledocument_entitlements_inner;
#[cfg(feature = "search")]
pub use roledocument_entitlements_inner::RoledocumentEntitlementsInner;

#[cfg(feature = "search")]
mod roledocuments;
#[cfg(feature = "search")]
pub use roledocuments::Roledocuments;

#[cfg(feature = "roles")]
mod rolegetallbulkupdateresponse;
#[cfg(feature = "roles")]
pub use rolegetallbulkupdateresponse::Rolegetallbulkupdateresponse;

#[cfg(feature = "roles")]
mod rolegetallbulkupdateresponse_status;
#[cfg(feature = "roles")]
pub use rolegetallbulkupdateresponse_status::RolegetallbulkupdateresponseStatus;

#[cfg(feature = "roles")]
mod roleidentity;
#[cfg(feature = "roles")]
pub use roleidentity::Roleidentity;

#[cfg(feature = "role-insights")]
mod roleinsight;
#[cfg(feature = "role-insights")]
pub use roleinsight::Roleinsight;

#[cfg(feature = "role-insights")]
mod roleinsightsentitlement;
#[cfg(feature = "role-insights")]
pub use roleinsightsentitlement::Roleinsightsentitlement;

#[cfg(feature = "role-insights")]
mod roleinsightsentitlementchanges;
#[cfg(feature = "role-insights")]
pub use roleinsightsentitlementchanges::Roleinsightsentitlementchanges;

#[cfg(feature = "role-insights")]
mod roleinsightsidentities;
#[cfg(feature = "role-insights")]
pub use roleinsightsidentities::Roleinsightsidentities;

#[cfg(feature = "role-insights")]
mod roleinsightsinsight;
#[cfg(feature = "role-insights")]
pub use roleinsightsinsight::Roleinsightsinsight;

#[cfg(feature = "role-insights")]
mod roleinsightsresponse;
#[cfg(feature = "role-insights")]
pub use roleinsightsresponse::Roleinsightsresponse;

#[cfg(feature = "role-insights")]
mod roleinsightsresponse_status;
#[cfg(feature = "role-insights")]
pub use roleinsightsresponse_status::RoleinsightsresponseStatus;

#[cfg(feature = "role-insights")]
mod roleinsightsrole;
#[cfg(feature = "role-insights")]
pub use roleinsightsrole::Roleinsightsrole;

#[cfg(feature = "role-insights")]
mod roleinsightssummary;
#[cfg(feature = "role-insights")]
pub use roleinsightssummary::Roleinsightssummary;

#[cfg(feature = "roles")]
mod rolelistfilterdto;
#[cfg(feature = "roles")]
pub use rolelistfilterdto::Rolelistfilterdto;

#[cfg(feature = "roles")]
mod rolelistfilterdto_amm_key_values_inner;
#[cfg(feature = "roles")]
pub use rolelistfilterdto_amm_key_values_inner::RolelistfilterdtoAmmKeyValuesInner;

#[cfg(feature = "identities")]
mod rolematchdto;
#[cfg(feature = "identities")]
pub use rolematchdto::Rolematchdto;

#[cfg(feature = "roles")]
mod rolemembershipidentity;
#[cfg(feature = "roles")]
pub use rolemembershipidentity::Rolemembershipidentity;

#[cfg(feature = "roles")]
mod rolemembershipselector;
#[cfg(feature = "roles")]
pub use rolemembershipselector::Rolemembershipselector;

#[cfg(feature = "roles")]
mod rolemembershipselectortype;
#[cfg(feature = "roles")]
pub use rolemembershipselectortype::Rolemembershipselectortype;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyfilterrequest;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyfilterrequest::Rolemetadatabulkupdatebyfilterrequest;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyfilterrequest_operation;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyfilterrequest_operation::RolemetadatabulkupdatebyfilterrequestOperation;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyfilterrequest_replace_scope;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyfilterrequest_replace_scope::RolemetadatabulkupdatebyfilterrequestReplaceScope;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyfilterrequest_values_inner;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyfilterrequest_values_inner::RolemetadatabulkupdatebyfilterrequestValuesInner;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyidrequest;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyidrequest::Rolemetadatabulkupdatebyidrequest;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyidrequest_operation;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyidrequest_operation::RolemetadatabulkupdatebyidrequestOperation;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyidrequest_replace_scope;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyidrequest_replace_scope::RolemetadatabulkupdatebyidrequestReplaceScope;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyidrequest_values_inner;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyidrequest_values_inner::RolemetadatabulkupdatebyidrequestValuesInner;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyqueryrequest;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyqueryrequest::Rolemetadatabulkupdatebyqueryrequest;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyqueryrequest_operation;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyqueryrequest_operation::RolemetadatabulkupdatebyqueryrequestOperation;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyqueryrequest_replace_scope;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyqueryrequest_replace_scope::RolemetadatabulkupdatebyqueryrequestReplaceScope;

#[cfg(feature = "roles")]
mod rolemetadatabulkupdatebyqueryrequest_values_inner;
#[cfg(feature = "roles")]
pub use rolemetadatabulkupdatebyqueryrequest_values_inner::RolemetadatabulkupdatebyqueryrequestValuesInner;

#[cfg(feature = "iai-role-mining")]
mod roleminingentitlement;
#[cfg(feature = "iai-role-mining")]
pub use roleminingentitlement::Roleminingentitlement;

#[cfg(feature = "iai-role-mining")]
mod roleminingentitlementref;
#[cfg(feature = "iai-role-mining")]
pub use roleminingentitlementref::Roleminingentitlementref;

#[cfg(feature = "iai-role-mining")]
mod roleminingidentity;
#[cfg(feature = "iai-role-mining")]
pub use roleminingidentity::Roleminingidentity;

#[cfg(feature = "iai-role-mining")]
mod roleminingidentitydistribution;
#[cfg(feature = "iai-role-mining")]
pub use roleminingidentitydistribution::Roleminingidentitydistribution;

#[cfg(feature = "iai-role-mining")]
mod roleminingidentitydistribution_distribution_inner;
#[cfg(feature = "iai-role-mining")]
pub use roleminingidentitydistribution_distribution_inner::RoleminingidentitydistributionDistributionInner;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialrole;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialrole::Roleminingpotentialrole;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialrole_created_by;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialrole_created_by::RoleminingpotentialroleCreatedBy;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialrole_potential_role_ref;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialrole_potential_role_ref::RoleminingpotentialrolePotentialRoleRef;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleapplication;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleapplication::Roleminingpotentialroleapplication;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleeditentitlements;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleeditentitlements::Roleminingpotentialroleeditentitlements;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleentitlements;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleentitlements::Roleminingpotentialroleentitlements;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleexportrequest;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleexportrequest::Roleminingpotentialroleexportrequest;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleexportresponse;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleexportresponse::Roleminingpotentialroleexportresponse;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleexportstate;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleexportstate::Roleminingpotentialroleexportstate;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleprovisionrequest;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleprovisionrequest::Roleminingpotentialroleprovisionrequest;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleprovisionstate;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleprovisionstate::Roleminingpotentialroleprovisionstate;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialroleref;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialroleref::Roleminingpotentialroleref;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialrolesourceusage;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialrolesourceusage::Roleminingpotentialrolesourceusage;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialrolesummary;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialrolesummary::Roleminingpotentialrolesummary;

#[cfg(feature = "iai-role-mining")]
mod roleminingpotentialrolesummary_created_by;
#[cfg(feature = "iai-role-mining")]
pub use roleminingpotentialrolesummary_created_by::RoleminingpotentialrolesummaryCreatedBy;

#[cfg(feature = "iai-role-mining")]
mod roleminingroletype;
#[cfg(feature = "iai-role-mining")]
pub use roleminingroletype::Roleminingroletype;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessiondraftroledto;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessiondraftroledto::Roleminingsessiondraftroledto;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessiondto;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessiondto::Roleminingsessiondto;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessionparametersdto;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessionparametersdto::Roleminingsessionparametersdto;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessionresponse;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessionresponse::Roleminingsessionresponse;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessionresponse_created_by;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessionresponse_created_by::RoleminingsessionresponseCreatedBy;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessionscope;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessionscope::Roleminingsessionscope;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessionscopingmethod;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessionscopingmethod::Roleminingsessionscopingmethod;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessionstate;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessionstate::Roleminingsessionstate;

#[cfg(feature = "iai-role-mining")]
mod roleminingsessionstatus;
#[cfg(feature = "iai-role-mining")]
pub use roleminingsessionstatus::Roleminingsessionstatus;

#[cfg(feature = "roles")]
mod roles_accessprofileref;
#[cfg(feature = "roles")]
pub use roles_accessprofileref::RolesAccessprofileref;

#[cfg(feature = "roles")]
mod roles_accessprofileref_type;
#[cfg(feature = "roles")]
pub use roles_accessprofileref_type::RolesAccessprofilerefType;

#[cfg(feature = "identities")]
mod roletargetdto;
#[cfg(feature = "identities")]
pub use roletargetdto::Roletargetdto;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod rule;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use rule::Rule;

#[cfg(feature = "business-applications")]
mod sanctionedstatus;
#[cfg(feature = "business-applications")]
pub use sanctionedstatus::Sanctionedstatus;

#[cfg(feature = "saved-search")]
mod savedsearch;
#[cfg(feature = "saved-search")]
pub use savedsearch::Savedsearch;

#[cfg(feature = "triggers")]
mod savedsearchcomplete;
#[cfg(feature = "triggers")]
pub use savedsearchcomplete::Savedsearchcomplete;

#[cfg(feature = "triggers")]
mod savedsearchcomplete_search_results;
#[cfg(feature = "triggers")]
pub use savedsearchcomplete_search_results::SavedsearchcompleteSearchResults;

#[cfg(feature = "triggers")]
mod savedsearchcomplete_search_results_account;
#[cfg(feature = "triggers")]
pub use savedsearchcomplete_search_results_account::SavedsearchcompleteSearchResultsAccount;

#[cfg(feature = "triggers")]
mod savedsearchcomplete_search_results_entitlement;
#[cfg(feature = "triggers")]
pub use savedsearchcomplete_search_results_entitlement::SavedsearchcompleteSearchResultsEntitlement;

#[cfg(feature = "triggers")]
mod savedsearchcomplete_search_results_identity;
#[cfg(feature = "triggers")]
pub use savedsearchcomplete_search_results_identity::SavedsearchcompleteSearchResultsIdentity;

#[cfg(feature = "unreferenced-schemas")]
mod savedsearchdetail;
#[cfg(feature = "unreferenced-schemas")]
pub use savedsearchdetail::Savedsearchdetail;

#[cfg(any(feature = "saved-search", feature = "unreferenced-schemas"))]
mod savedsearchdetail_filters;
#[cfg(any(feature = "saved-search", feature = "unreferenced-schemas"))]
pub use savedsearchdetail_filters::SavedsearchdetailFilters;

#[cfg(feature = "unreferenced-schemas")]
mod savedsearchname;
#[cfg(feature = "unreferenced-schemas")]
pub use savedsearchname::Savedsearchname;

#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
mod schedule;
#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
pub use schedule::Schedule;

#[cfg(feature = "certification-campaigns")]
mod schedule2;
#[cfg(feature = "certification-campaigns")]
pub use schedule2::Schedule2;

#[cfg(feature = "certification-campaigns")]
mod schedule2_days;
#[cfg(feature = "certification-campaigns")]
pub use schedule2_days::Schedule2Days;

#[cfg(feature = "certification-campaigns")]
mod schedule2_days_type;
#[cfg(feature = "certification-campaigns")]
pub use schedule2_days_type::Schedule2DaysType;

#[cfg(feature = "certification-campaigns")]
mod schedule2_hours;
#[cfg(feature = "certification-campaigns")]
pub use schedule2_hours::Schedule2Hours;

#[cfg(feature = "certification-campaigns")]
mod schedule2_hours_type;
#[cfg(feature = "certification-campaigns")]
pub use schedule2_hours_type::Schedule2HoursType;

#[cfg(feature = "certification-campaigns")]
mod schedule2_months;
#[cfg(feature = "certification-campaigns")]
pub use schedule2_months::Schedule2Months;

#[cfg(feature = "certification-campaigns")]
mod schedule2_months_type;
#[cfg(feature = "certification-campaigns")]
pub use schedule2_months_type::Schedule2MonthsType;

#[cfg(feature = "certification-campaigns")]
mod schedule2_type;
#[cfg(feature = "certification-campaigns")]
pub use schedule2_type::Schedule2Type;

#[cfg(feature = "sources")]
mod schedule3;
#[cfg(feature = "sources")]
pub use schedule3::Schedule3;

#[cfg(feature = "sources")]
mod schedule3_type;
#[cfg(feature = "sources")]
pub use schedule3_type::Schedule3Type;

#[cfg(feature = "scheduled-search")]
mod scheduled_search_typedreference;
#[cfg(feature = "scheduled-search")]
pub use scheduled_search_typedreference::ScheduledSearchTypedreference;

#[cfg(feature = "configuration-hub")]
mod scheduledactionpayload;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionpayload::Scheduledactionpayload;

#[cfg(feature = "configuration-hub")]
mod scheduledactionpayload_content;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionpayload_content::ScheduledactionpayloadContent;

#[cfg(feature = "configuration-hub")]
mod scheduledactionpayload_content_backup_options;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionpayload_content_backup_options::ScheduledactionpayloadContentBackupOptions;

#[cfg(feature = "configuration-hub")]
mod scheduledactionpayload_content_backup_options_object_options_value;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionpayload_content_backup_options_object_options_value::ScheduledactionpayloadContentBackupOptionsObjectOptionsValue;

#[cfg(feature = "configuration-hub")]
mod scheduledactionpayload_job_type;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionpayload_job_type::ScheduledactionpayloadJobType;

#[cfg(feature = "configuration-hub")]
mod scheduledactionresponse;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionresponse::Scheduledactionresponse;

#[cfg(feature = "configuration-hub")]
mod scheduledactionresponse_content;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionresponse_content::ScheduledactionresponseContent;

#[cfg(feature = "configuration-hub")]
mod scheduledactionresponse_content_backup_options;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionresponse_content_backup_options::ScheduledactionresponseContentBackupOptions;

#[cfg(feature = "configuration-hub")]
mod scheduledactionresponse_content_backup_options_object_options_value;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionresponse_content_backup_options_object_options_value::ScheduledactionresponseContentBackupOptionsObjectOptionsValue;

#[cfg(feature = "configuration-hub")]
mod scheduledactionresponse_job_type;
#[cfg(feature = "configuration-hub")]
pub use scheduledactionresponse_job_type::ScheduledactionresponseJobType;

#[cfg(feature = "workflows")]
mod scheduledattributes;
#[cfg(feature = "workflows")]
pub use scheduledattributes::Scheduledattributes;

#[cfg(feature = "workflows")]
mod scheduledattributes_frequency;
#[cfg(feature = "workflows")]
pub use scheduledattributes_frequency::ScheduledattributesFrequency;

#[cfg(feature = "scheduled-search")]
mod scheduledsearch;
#[cfg(feature = "scheduled-search")]
pub use scheduledsearch::Scheduledsearch;

#[cfg(feature = "scheduled-search")]
mod scheduledsearch_owner;
#[cfg(feature = "scheduled-search")]
pub use scheduledsearch_owner::ScheduledsearchOwner;

#[cfg(feature = "scheduled-search")]
mod scheduledsearch_owner_type;
#[cfg(feature = "scheduled-search")]
pub use scheduledsearch_owner_type::ScheduledsearchOwnerType;

#[cfg(feature = "unreferenced-schemas")]
mod scheduledsearchname;
#[cfg(feature = "unreferenced-schemas")]
pub use scheduledsearchname::Scheduledsearchname;

#[cfg(feature = "data-access-security")]
mod scheduleinfo;
#[cfg(feature = "data-access-security")]
pub use scheduleinfo::Scheduleinfo;

#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
mod scheduletype;
#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
pub use scheduletype::Scheduletype;

#[cfg(feature = "sources")]
mod schema;
#[cfg(feature = "sources")]
pub use schema::Schema;

#[cfg(feature = "data-segmentation")]
mod scope;
#[cfg(feature = "data-segmentation")]
pub use scope::Scope;

#[cfg(feature = "data-segmentation")]
mod scopes;
#[cfg(feature = "data-segmentation")]
pub use scopes::Scopes;

#[cfg(feature = "data-segmentation")]
mod scopetype;
#[cfg(feature = "data-segmentation")]
pub use scopetype::Scopetype;

#[cfg(feature = "data-segmentation")]
mod scopevisibilitytype;
#[cfg(feature = "data-segmentation")]
pub use scopevisibilitytype::Scopevisibilitytype;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod search;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use search::Search;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod search_aggregations_version;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use search_aggregations_version::SearchAggregationsVersion;

#[cfg(feature = "reports-data-extraction")]
mod search_export_report_arguments;
#[cfg(feature = "reports-data-extraction")]
pub use search_export_report_arguments::SearchExportReportArguments;

#[cfg(feature = "custom-forms")]
mod search_form_definitions_by_tenant_v1400_response;
#[cfg(feature = "custom-forms")]
pub use search_form_definitions_by_tenant_v1400_response::SearchFormDefinitionsByTenantV1400Response;

#[cfg(feature = "custom-forms")]
mod search_form_definitions_by_tenant_v1401_response;
#[cfg(feature = "custom-forms")]
pub use search_form_definitions_by_tenant_v1401_response::SearchFormDefinitionsByTenantV1401Response;

#[cfg(feature = "custom-forms")]
mod search_form_definitions_by_tenant_v1403_response;
#[cfg(feature = "custom-forms")]
pub use search_form_definitions_by_tenant_v1403_response::SearchFormDefinitionsByTenantV1403Response;

#[cfg(feature = "custom-forms")]
mod search_form_definitions_by_tenant_v1500_response;
#[cfg(feature = "custom-forms")]
pub use search_form_definitions_by_tenant_v1500_response::SearchFormDefinitionsByTenantV1500Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_idv1400_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_idv1400_response::SearchFormElementDataByElementIdv1400Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_idv1401_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_idv1401_response::SearchFormElementDataByElementIdv1401Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_idv1403_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_idv1403_response::SearchFormElementDataByElementIdv1403Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_idv1404_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_idv1404_response::SearchFormElementDataByElementIdv1404Response;

#[cfg(feature = "custom-forms")]
mod search_form_element_data_by_element_idv1500_response;
#[cfg(feature = "custom-forms")]
pub use search_form_element_data_by_element_idv1500_response::SearchFormElementDataByElementIdv1500Response;

#[cfg(feature = "custom-forms")]
mod search_form_instances_by_tenant_v1400_response;
#[cfg(feature = "custom-forms")]
pub use search_form_instances_by_tenant_v1400_response::SearchFormInstancesByTenantV1400Response;

#[cfg(feature = "custom-forms")]
mod search_form_instances_by_tenant_v1401_response;
#[cfg(feature = "custom-forms")]
pub use search_form_instances_by_tenant_v1401_response::SearchFormInstancesByTenantV1401Response;

#[cfg(feature = "custom-forms")]
mod search_form_instances_by_tenant_v1403_response;
#[cfg(feature = "custom-forms")]
pub use search_form_instances_by_tenant_v1403_response::SearchFormInstancesByTenantV1403Response;

#[cfg(feature = "custom-forms")]
mod search_form_instances_by_tenant_v1500_response;
#[cfg(feature = "custom-forms")]
pub use search_form_instances_by_tenant_v1500_response::SearchFormInstancesByTenantV1500Response;

#[cfg(feature = "search")]
mod search_get_v1_index;
#[cfg(feature = "search")]
pub use search_get_v1_index::SearchGetV1Index;

#[cfg(feature = "custom-forms")]
mod search_pre_defined_select_options_v1400_response;
#[cfg(feature = "custom-forms")]
pub use search_pre_defined_select_options_v1400_response::SearchPreDefinedSelectOptionsV1400Response;

#[cfg(feature = "custom-forms")]
mod search_pre_defined_select_options_v1401_response;
#[cfg(feature = "custom-forms")]
pub use search_pre_defined_select_options_v1401_response::SearchPreDefinedSelectOptionsV1401Response;

#[cfg(feature = "custom-forms")]
mod search_pre_defined_select_options_v1403_response;
#[cfg(feature = "custom-forms")]
pub use search_pre_defined_select_options_v1403_response::SearchPreDefinedSelectOptionsV1403Response;

#[cfg(feature = "custom-forms")]
mod search_pre_defined_select_options_v1500_response;
#[cfg(feature = "custom-forms")]
pub use search_pre_defined_select_options_v1500_response::SearchPreDefinedSelectOptionsV1500Response;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod search_query_version;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use search_query_version::SearchQueryVersion;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod searchaggregationspecification;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use searchaggregationspecification::Searchaggregationspecification;

#[cfg(feature = "saved-search")]
mod searcharguments;
#[cfg(feature = "saved-search")]
pub use searcharguments::Searcharguments;

#[cfg(feature = "search-attribute-configuration")]
mod searchattributeconfig;
#[cfg(feature = "search-attribute-configuration")]
pub use searchattributeconfig::Searchattributeconfig;

#[cfg(feature = "suggested-entitlement-description")]
mod searchcriteria;
#[cfg(feature = "suggested-entitlement-description")]
pub use searchcriteria::Searchcriteria;

#[cfg(feature = "suggested-entitlement-description")]
mod searchcriteria_filters_value;
#[cfg(feature = "suggested-entitlement-description")]
pub use searchcriteria_filters_value::SearchcriteriaFiltersValue;

#[cfg(feature = "suggested-entitlement-description")]
mod searchcriteria_filters_value_range;
#[cfg(feature = "suggested-entitlement-description")]
pub use searchcriteria_filters_value_range::SearchcriteriaFiltersValueRange;

#[cfg(feature = "suggested-entitlement-description")]
mod searchcriteria_filters_value_range_lower;
#[cfg(feature = "suggested-entitlement-description")]
pub use searchcriteria_filters_value_range_lower::SearchcriteriaFiltersValueRangeLower;

#[cfg(feature = "suggested-entitlement-description")]
mod searchcriteria_filters_value_range_upper;
#[cfg(feature = "suggested-entitlement-description")]
pub use searchcriteria_filters_value_range_upper::SearchcriteriaFiltersValueRangeUpper;

#[cfg(feature = "suggested-entitlement-description")]
mod searchcriteria_query;
#[cfg(feature = "suggested-entitlement-description")]
pub use searchcriteria_query::SearchcriteriaQuery;

#[cfg(feature = "suggested-entitlement-description")]
mod searchcriteria_text_query;
#[cfg(feature = "suggested-entitlement-description")]
pub use searchcriteria_text_query::SearchcriteriaTextQuery;

#[cfg(feature = "search")]
mod searchdocument;
#[cfg(feature = "search")]
pub use searchdocument::Searchdocument;

#[cfg(feature = "search")]
mod searchdocuments;
#[cfg(feature = "search")]
pub use searchdocuments::Searchdocuments;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod searchfiltertype;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use searchfiltertype::Searchfiltertype;

#[cfg(feature = "unreferenced-schemas")]
mod searchschedule;
#[cfg(feature = "unreferenced-schemas")]
pub use searchschedule::Searchschedule;

#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
mod searchschedule_recipients_inner;
#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
pub use searchschedule_recipients_inner::SearchscheduleRecipientsInner;

#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
mod searchschedule_recipients_inner_type;
#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
pub use searchschedule_recipients_inner_type::SearchscheduleRecipientsInnerType;

#[cfg(feature = "work-items")]
mod sectiondetails;
#[cfg(feature = "work-items")]
pub use sectiondetails::Sectiondetails;

#[cfg(feature = "suggested-entitlement-description")]
mod sed;
#[cfg(feature = "suggested-entitlement-description")]
pub use sed::Sed;

#[cfg(feature = "suggested-entitlement-description")]
mod sedapproval;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedapproval::Sedapproval;

#[cfg(feature = "suggested-entitlement-description")]
mod sedapprovalstatus;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedapprovalstatus::Sedapprovalstatus;

#[cfg(feature = "suggested-entitlement-description")]
mod sedassignee;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedassignee::Sedassignee;

#[cfg(feature = "suggested-entitlement-description")]
mod sedassignee_type;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedassignee_type::SedassigneeType;

#[cfg(feature = "suggested-entitlement-description")]
mod sedassignment;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedassignment::Sedassignment;

#[cfg(feature = "suggested-entitlement-description")]
mod sedassignmentresponse;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedassignmentresponse::Sedassignmentresponse;

#[cfg(feature = "suggested-entitlement-description")]
mod sedbatchrecord;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedbatchrecord::Sedbatchrecord;

#[cfg(feature = "suggested-entitlement-description")]
mod sedbatchrequest;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedbatchrequest::Sedbatchrequest;

#[cfg(feature = "suggested-entitlement-description")]
mod sedbatchresponse;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedbatchresponse::Sedbatchresponse;

#[cfg(feature = "suggested-entitlement-description")]
mod sedbatchstats;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedbatchstats::Sedbatchstats;

#[cfg(feature = "suggested-entitlement-description")]
mod sedpatch;
#[cfg(feature = "suggested-entitlement-description")]
pub use sedpatch::Sedpatch;

#[cfg(feature = "segments")]
mod segment;
#[cfg(feature = "segments")]
pub use segment::Segment;

#[cfg(feature = "data-segmentation")]
mod segmentid;
#[cfg(feature = "data-segmentation")]
pub use segmentid::Segmentid;

#[cfg(feature = "data-segmentation")]
mod segmentmembership;
#[cfg(feature = "data-segmentation")]
pub use segmentmembership::Segmentmembership;

#[cfg(feature = "segments")]
mod segments_expression;
#[cfg(feature = "segments")]
pub use segments_expression::SegmentsExpression;

#[cfg(feature = "segments")]
mod segments_expression_children_inner;
#[cfg(feature = "segments")]
pub use segments_expression_children_inner::SegmentsExpressionChildrenInner;

#[cfg(feature = "segments")]
mod segments_expression_children_inner_operator;
#[cfg(feature = "segments")]
pub use segments_expression_children_inner_operator::SegmentsExpressionChildrenInnerOperator;

#[cfg(feature = "segments")]
mod segments_expression_operator;
#[cfg(feature = "segments")]
pub use segments_expression_operator::SegmentsExpressionOperator;

#[cfg(feature = "segments")]
mod segments_value;
#[cfg(feature = "segments")]
pub use segments_value::SegmentsValue;

#[cfg(feature = "segments")]
mod segments_visibilitycriteria;
#[cfg(feature = "segments")]
pub use segments_visibilitycriteria::SegmentsVisibilitycriteria;

#[cfg(feature = "data-segmentation")]
mod selection;
#[cfg(feature = "data-segmentation")]
pub use selection::Selection;

#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
mod selector;
#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
pub use selector::Selector;

#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
mod selectortype;
#[cfg(any(feature = "scheduled-search", feature = "unreferenced-schemas"))]
pub use selectortype::Selectortype;

#[cfg(feature = "sp-config")]
mod selfimportexportdto;
#[cfg(feature = "sp-config")]
pub use selfimportexportdto::Selfimportexportdto;

#[cfg(feature = "sp-config")]
mod selfimportexportdto_type;
#[cfg(feature = "sp-config")]
pub use selfimportexportdto_type::SelfimportexportdtoType;

#[cfg(feature = "classify-source")]
mod send_classify_machine_account_from_source_v1200_response;
#[cfg(feature = "classify-source")]
pub use send_classify_machine_account_from_source_v1200_response::SendClassifyMachineAccountFromSourceV1200Response;

#[cfg(feature = "machine-account-classify")]
mod send_classify_machine_account_v1200_response;
#[cfg(feature = "machine-account-classify")]
pub use send_classify_machine_account_v1200_response::SendClassifyMachineAccountV1200Response;

#[cfg(feature = "machine-account-classify")]
mod send_classify_machine_account_v1_classification_mode;
#[cfg(feature = "machine-account-classify")]
pub use send_classify_machine_account_v1_classification_mode::SendClassifyMachineAccountV1ClassificationMode;

#[cfg(feature = "identities")]
mod sendaccountverificationrequest;
#[cfg(feature = "identities")]
pub use sendaccountverificationrequest::Sendaccountverificationrequest;

#[cfg(feature = "identities")]
mod sendaccountverificationrequest_via;
#[cfg(feature = "identities")]
pub use sendaccountverificationrequest_via::SendaccountverificationrequestVia;

#[cfg(feature = "notifications")]
mod sendtestnotificationrequestdto;
#[cfg(feature = "notifications")]
pub use sendtestnotificationrequestdto::Sendtestnotificationrequestdto;

#[cfg(feature = "notifications")]
mod sendtestnotificationrequestdto_medium;
#[cfg(feature = "notifications")]
pub use sendtestnotificationrequestdto_medium::SendtestnotificationrequestdtoMedium;

#[cfg(feature = "service-desk-integration")]
mod servicedeskintegrationdto;
#[cfg(feature = "service-desk-integration")]
pub use servicedeskintegrationdto::Servicedeskintegrationdto;

#[cfg(feature = "service-desk-integration")]
mod servicedeskintegrationdto2;
#[cfg(feature = "service-desk-integration")]
pub use servicedeskintegrationdto2::Servicedeskintegrationdto2;

#[cfg(feature = "service-desk-integration")]
mod servicedeskintegrationtemplatedto;
#[cfg(feature = "service-desk-integration")]
pub use servicedeskintegrationtemplatedto::Servicedeskintegrationtemplatedto;

#[cfg(feature = "service-desk-integration")]
mod servicedeskintegrationtemplatetype;
#[cfg(feature = "service-desk-integration")]
pub use servicedeskintegrationtemplatetype::Servicedeskintegrationtemplatetype;

#[cfg(feature = "service-desk-integration")]
mod servicedesksource;
#[cfg(feature = "service-desk-integration")]
pub use servicedesksource::Servicedesksource;

#[cfg(feature = "service-desk-integration")]
mod servicedesksource_type;
#[cfg(feature = "service-desk-integration")]
pub use servicedesksource_type::ServicedesksourceType;

#[cfg(feature = "global-tenant-security-settings")]
mod serviceproviderconfiguration;
#[cfg(feature = "global-tenant-security-settings")]
pub use serviceproviderconfiguration::Serviceproviderconfiguration;

#[cfg(feature = "global-tenant-security-settings")]
mod serviceproviderconfiguration_federation_protocol_details_inner;
#[cfg(feature = "global-tenant-security-settings")]
pub use serviceproviderconfiguration_federation_protocol_details_inner::ServiceproviderconfigurationFederationProtocolDetailsInner;

#[cfg(feature = "global-tenant-security-settings")]
mod sessionconfiguration;
#[cfg(feature = "global-tenant-security-settings")]
pub use sessionconfiguration::Sessionconfiguration;

#[cfg(feature = "icons")]
mod set_icon_v1200_response;
#[cfg(feature = "icons")]
pub use set_icon_v1200_response::SetIconV1200Response;

#[cfg(feature = "icons")]
mod set_icon_v1_object_type;
#[cfg(feature = "icons")]
pub use set_icon_v1_object_type::SetIconV1ObjectType;

#[cfg(feature = "icons")]
mod set_icon_v1_request;
#[cfg(feature = "icons")]
pub use set_icon_v1_request::SetIconV1Request;

#[cfg(feature = "lifecycle-states")]
mod set_lifecycle_state_v1200_response;
#[cfg(feature = "lifecycle-states")]
pub use set_lifecycle_state_v1200_response::SetLifecycleStateV1200Response;

#[cfg(feature = "lifecycle-states")]
mod set_lifecycle_state_v1_request;
#[cfg(feature = "lifecycle-states")]
pub use set_lifecycle_state_v1_request::SetLifecycleStateV1Request;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source_v1400_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source_v1400_response::ShowPreviewDataSourceV1400Response;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source_v1401_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source_v1401_response::ShowPreviewDataSourceV1401Response;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source_v1403_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source_v1403_response::ShowPreviewDataSourceV1403Response;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source_v1404_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source_v1404_response::ShowPreviewDataSourceV1404Response;

#[cfg(feature = "custom-forms")]
mod show_preview_data_source_v1500_response;
#[cfg(feature = "custom-forms")]
pub use show_preview_data_source_v1500_response::ShowPreviewDataSourceV1500Response;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_beforeprovisioningruledto;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_beforeprovisioningruledto::SimIntegrationsBeforeprovisioningruledto;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_beforeprovisioningruledto_type;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_beforeprovisioningruledto_type::SimIntegrationsBeforeprovisioningruledtoType;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_provisioningconfig;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_provisioningconfig::SimIntegrationsProvisioningconfig;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_provisioningconfig_plan_initializer_script;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_provisioningconfig_plan_initializer_script::SimIntegrationsProvisioningconfigPlanInitializerScript;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_servicedeskintegrationdto;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_servicedeskintegrationdto::SimIntegrationsServicedeskintegrationdto;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_servicedeskintegrationdto2;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_servicedeskintegrationdto2::SimIntegrationsServicedeskintegrationdto2;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_servicedesksource;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_servicedesksource::SimIntegrationsServicedesksource;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_servicedesksource_type;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_servicedesksource_type::SimIntegrationsServicedesksourceType;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_sourceclusterdto;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_sourceclusterdto::SimIntegrationsSourceclusterdto;

#[cfg(feature = "sim-integrations")]
mod sim_integrations_sourceclusterdto_type;
#[cfg(feature = "sim-integrations")]
pub use sim_integrations_sourceclusterdto_type::SimIntegrationsSourceclusterdtoType;

#[cfg(feature = "sim-integrations")]
mod simintegrationdetails;
#[cfg(feature = "sim-integrations")]
pub use simintegrationdetails::Simintegrationdetails;

#[cfg(feature = "sim-integrations")]
mod simintegrationdetails_before_provisioning_rule;
#[cfg(feature = "sim-integrations")]
pub use simintegrationdetails_before_provisioning_rule::SimintegrationdetailsBeforeProvisioningRule;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod simpledateformat;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use simpledateformat::Simpledateformat;

#[cfg(feature = "certification-campaigns")]
mod slimcampaign;
#[cfg(feature = "certification-campaigns")]
pub use slimcampaign::Slimcampaign;

#[cfg(feature = "certification-campaigns")]
mod slimcampaign_correlated_status;
#[cfg(feature = "certification-campaigns")]
pub use slimcampaign_correlated_status::SlimcampaignCorrelatedStatus;

#[cfg(feature = "certification-campaigns")]
mod slimcampaign_status;
#[cfg(feature = "certification-campaigns")]
pub use slimcampaign_status::SlimcampaignStatus;

#[cfg(feature = "certification-campaigns")]
mod slimcampaign_type;
#[cfg(feature = "certification-campaigns")]
pub use slimcampaign_type::SlimcampaignType;

#[cfg(feature = "application-discovery")]
mod slimdiscoveredapplications;
#[cfg(feature = "application-discovery")]
pub use slimdiscoveredapplications::Slimdiscoveredapplications;

#[cfg(feature = "application-discovery")]
mod slimdiscoveredapplications_risk_level;
#[cfg(feature = "application-discovery")]
pub use slimdiscoveredapplications_risk_level::SlimdiscoveredapplicationsRiskLevel;

#[cfg(feature = "sod-controls")]
mod sod_controls_reference;
#[cfg(feature = "sod-controls")]
pub use sod_controls_reference::SodControlsReference;

#[cfg(feature = "sod-policies")]
mod sod_policies_reportresultreference;
#[cfg(feature = "sod-policies")]
pub use sod_policies_reportresultreference::SodPoliciesReportresultreference;

#[cfg(feature = "sod-policies")]
mod sod_policies_reportresultreference_status;
#[cfg(feature = "sod-policies")]
pub use sod_policies_reportresultreference_status::SodPoliciesReportresultreferenceStatus;

#[cfg(feature = "sod-policies")]
mod sod_policies_schedule;
#[cfg(feature = "sod-policies")]
pub use sod_policies_schedule::SodPoliciesSchedule;

#[cfg(feature = "sod-policies")]
mod sod_policies_scheduletype;
#[cfg(feature = "sod-policies")]
pub use sod_policies_scheduletype::SodPoliciesScheduletype;

#[cfg(feature = "sod-policies")]
mod sod_policies_selector;
#[cfg(feature = "sod-policies")]
pub use sod_policies_selector::SodPoliciesSelector;

#[cfg(feature = "sod-policies")]
mod sod_policies_selectortype;
#[cfg(feature = "sod-policies")]
pub use sod_policies_selectortype::SodPoliciesSelectortype;

#[cfg(feature = "unreferenced-schemas")]
mod sod_policies_sodreportresultdto;
#[cfg(feature = "unreferenced-schemas")]
pub use sod_policies_sodreportresultdto::SodPoliciesSodreportresultdto;

#[cfg(any(feature = "sod-policies", feature = "unreferenced-schemas"))]
mod sod_policies_sodreportresultdto_type;
#[cfg(any(feature = "sod-policies", feature = "unreferenced-schemas"))]
pub use sod_policies_sodreportresultdto_type::SodPoliciesSodreportresultdtoType;

#[cfg(feature = "sod-violations")]
mod sod_violations_accesscriteria;
#[cfg(feature = "sod-violations")]
pub use sod_violations_accesscriteria::SodViolationsAccesscriteria;

#[cfg(feature = "access-request-approvals")]
mod sodexemptcriteria;
#[cfg(feature = "access-request-approvals")]
pub use sodexemptcriteria::Sodexemptcriteria;

#[cfg(feature = "sod-policies")]
mod sodpolicy;
#[cfg(feature = "sod-policies")]
pub use sodpolicy::Sodpolicy;

#[cfg(feature = "sod-policies")]
mod sodpolicy_allowed_controls_inner;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_allowed_controls_inner::SodpolicyAllowedControlsInner;

#[cfg(feature = "sod-policies")]
mod sodpolicy_allowed_controls_inner_type;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_allowed_controls_inner_type::SodpolicyAllowedControlsInnerType;

#[cfg(feature = "sod-policies")]
mod sodpolicy_level;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_level::SodpolicyLevel;

#[cfg(feature = "sod-policies")]
mod sodpolicy_owner_ref;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_owner_ref::SodpolicyOwnerRef;

#[cfg(feature = "sod-policies")]
mod sodpolicy_owner_ref_type;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_owner_ref_type::SodpolicyOwnerRefType;

#[cfg(feature = "sod-policies")]
mod sodpolicy_secondary_owner_refs_inner;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_secondary_owner_refs_inner::SodpolicySecondaryOwnerRefsInner;

#[cfg(feature = "sod-policies")]
mod sodpolicy_secondary_owner_refs_inner_type;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_secondary_owner_refs_inner_type::SodpolicySecondaryOwnerRefsInnerType;

#[cfg(feature = "sod-policies")]
mod sodpolicy_state;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_state::SodpolicyState;

#[cfg(feature = "sod-policies")]
mod sodpolicy_type;
#[cfg(feature = "sod-policies")]
pub use sodpolicy_type::SodpolicyType;

#[cfg(feature = "access-request-approvals")]
mod sodpolicydto;
#[cfg(feature = "access-request-approvals")]
pub use sodpolicydto::Sodpolicydto;

#[cfg(feature = "unreferenced-schemas")]
mod sodpolicydto2;
#[cfg(feature = "unreferenced-schemas")]
pub use sodpolicydto2::Sodpolicydto2;

#[cfg(feature = "unreferenced-schemas")]
mod sodpolicydto2_type;
#[cfg(feature = "unreferenced-schemas")]
pub use sodpolicydto2_type::Sodpolicydto2Type;

#[cfg(feature = "access-request-approvals")]
mod sodpolicydto_type;
#[cfg(feature = "access-request-approvals")]
pub use sodpolicydto_type::SodpolicydtoType;

#[cfg(feature = "sod-policies")]
mod sodpolicyschedule;
#[cfg(feature = "sod-policies")]
pub use sodpolicyschedule::Sodpolicyschedule;

#[cfg(feature = "sod-policies")]
mod sodrecipient;
#[cfg(feature = "sod-policies")]
pub use sodrecipient::Sodrecipient;

#[cfg(feature = "sod-policies")]
mod sodrecipient_type;
#[cfg(feature = "sod-policies")]
pub use sodrecipient_type::SodrecipientType;

#[cfg(feature = "unreferenced-schemas")]
mod sodreportresultdto;
#[cfg(feature = "unreferenced-schemas")]
pub use sodreportresultdto::Sodreportresultdto;

#[cfg(any(feature = "certification-campaigns", feature = "unreferenced-schemas"))]
mod sodreportresultdto_type;
#[cfg(any(feature = "certification-campaigns", feature = "unreferenced-schemas"))]
pub use sodreportresultdto_type::SodreportresultdtoType;

#[cfg(feature = "sod-violations")]
mod sodviolationcheck;
#[cfg(feature = "sod-violations")]
pub use sodviolationcheck::Sodviolationcheck;

#[cfg(feature = "access-request-approvals")]
mod sodviolationcheckresult;
#[cfg(feature = "access-request-approvals")]
pub use sodviolationcheckresult::Sodviolationcheckresult;

#[cfg(feature = "access-request-approvals")]
mod sodviolationcontext;
#[cfg(feature = "access-request-approvals")]
pub use sodviolationcontext::Sodviolationcontext;

#[cfg(feature = "access-request-approvals")]
mod sodviolationcontext_conflicting_access_criteria;
#[cfg(feature = "access-request-approvals")]
pub use sodviolationcontext_conflicting_access_criteria::SodviolationcontextConflictingAccessCriteria;

#[cfg(feature = "access-request-approvals")]
mod sodviolationcontext_conflicting_access_criteria_left_criteria;
#[cfg(feature = "access-request-approvals")]
pub use sodviolationcontext_conflicting_access_criteria_left_criteria::SodviolationcontextConflictingAccessCriteriaLeftCriteria;

#[cfg(feature = "access-request-approvals")]
mod sodviolationcontext_conflicting_access_criteria_right_criteria;
#[cfg(feature = "access-request-approvals")]
pub use sodviolationcontext_conflicting_access_criteria_right_criteria::SodviolationcontextConflictingAccessCriteriaRightCriteria;

#[cfg(feature = "access-request-approvals")]
mod sodviolationcontextcheckcompleted;
#[cfg(feature = "access-request-approvals")]
pub use sodviolationcontextcheckcompleted::Sodviolationcontextcheckcompleted;

#[cfg(feature = "access-request-approvals")]
mod sodviolationcontextcheckcompleted_state;
#[cfg(feature = "access-request-approvals")]
pub use sodviolationcontextcheckcompleted_state::SodviolationcontextcheckcompletedState;

#[cfg(feature = "sources")]
mod source;
#[cfg(feature = "sources")]
pub use source::Source;

#[cfg(feature = "identity-attributes")]
mod source2;
#[cfg(feature = "identity-attributes")]
pub use source2::Source2;

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

#[cfg(feature = "sources")]
mod source_cluster_type;
#[cfg(feature = "sources")]
pub use source_cluster_type::SourceClusterType;

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

#[cfg(feature = "triggers")]
mod sourceaccountcreated;
#[cfg(feature = "triggers")]
pub use sourceaccountcreated::Sourceaccountcreated;

#[cfg(feature = "triggers")]
mod sourceaccountdeleted;
#[cfg(feature = "triggers")]
pub use sourceaccountdeleted::Sourceaccountdeleted;

#[cfg(feature = "access-requests")]
mod sourceaccountselections;
#[cfg(feature = "access-requests")]
pub use sourceaccountselections::Sourceaccountselections;

#[cfg(feature = "triggers")]
mod sourceaccountupdated;
#[cfg(feature = "triggers")]
pub use sourceaccountupdated::Sourceaccountupdated;

#[cfg(feature = "apps")]
mod sourceapp;
#[cfg(feature = "apps")]
pub use sourceapp::Sourceapp;

#[cfg(feature = "apps")]
mod sourceapp_account_source;
#[cfg(feature = "apps")]
pub use sourceapp_account_source::SourceappAccountSource;

#[cfg(feature = "apps")]
mod sourceappbulkupdaterequest;
#[cfg(feature = "apps")]
pub use sourceappbulkupdaterequest::Sourceappbulkupdaterequest;

#[cfg(feature = "apps")]
mod sourceappcreatedto;
#[cfg(feature = "apps")]
pub use sourceappcreatedto::Sourceappcreatedto;

#[cfg(feature = "apps")]
mod sourceappcreatedto_account_source;
#[cfg(feature = "apps")]
pub use sourceappcreatedto_account_source::SourceappcreatedtoAccountSource;

#[cfg(feature = "apps")]
mod sourceapppatchdto;
#[cfg(feature = "apps")]
pub use sourceapppatchdto::Sourceapppatchdto;

#[cfg(feature = "apps")]
mod sourceapppatchdto_account_source;
#[cfg(feature = "apps")]
pub use sourceapppatchdto_account_source::SourceapppatchdtoAccountSource;

#[cfg(feature = "classify-source")]
mod sourceclassificationstatus;
#[cfg(feature = "classify-source")]
pub use sourceclassificationstatus::Sourceclassificationstatus;

#[cfg(feature = "classify-source")]
mod sourceclassificationstatus2;
#[cfg(feature = "classify-source")]
pub use sourceclassificationstatus2::Sourceclassificationstatus2;

#[cfg(feature = "classify-source")]
mod sourceclassificationstatus2_counts;
#[cfg(feature = "classify-source")]
pub use sourceclassificationstatus2_counts::Sourceclassificationstatus2Counts;

#[cfg(feature = "classify-source")]
mod sourceclassificationstatus2_status;
#[cfg(feature = "classify-source")]
pub use sourceclassificationstatus2_status::Sourceclassificationstatus2Status;

#[cfg(feature = "service-desk-integration")]
mod sourceclusterdto;
#[cfg(feature = "service-desk-integration")]
pub use sourceclusterdto::Sourceclusterdto;

#[cfg(feature = "service-desk-integration")]
mod sourceclusterdto_type;
#[cfg(feature = "service-desk-integration")]
pub use sourceclusterdto_type::SourceclusterdtoType;

#[cfg(feature = "connector-rule-management")]
mod sourcecode;
#[cfg(feature = "connector-rule-management")]
pub use sourcecode::Sourcecode;

#[cfg(feature = "sources")]
mod sourceconnectionsdto;
#[cfg(feature = "sources")]
pub use sourceconnectionsdto::Sourceconnectionsdto;

#[cfg(feature = "triggers")]
mod sourcecreated;
#[cfg(feature = "triggers")]
pub use sourcecreated::Sourcecreated;

#[cfg(feature = "triggers")]
mod sourcecreated_actor;
#[cfg(feature = "triggers")]
pub use sourcecreated_actor::SourcecreatedActor;

#[cfg(feature = "triggers")]
mod sourcecreated_actor_type;
#[cfg(feature = "triggers")]
pub use sourcecreated_actor_type::SourcecreatedActorType;

#[cfg(feature = "multi-host-integration")]
mod sourcecreationerrors;
#[cfg(feature = "multi-host-integration")]
pub use sourcecreationerrors::Sourcecreationerrors;

#[cfg(feature = "sources")]
mod sourcedataset;
#[cfg(feature = "sources")]
pub use sourcedataset::Sourcedataset;

#[cfg(feature = "sources")]
mod sourcedatasetresource;
#[cfg(feature = "sources")]
pub use sourcedatasetresource::Sourcedatasetresource;

#[cfg(feature = "sources")]
mod sourcedatasetresourceref;
#[cfg(feature = "sources")]
pub use sourcedatasetresourceref::Sourcedatasetresourceref;

#[cfg(feature = "triggers")]
mod sourcedeleted;
#[cfg(feature = "triggers")]
pub use sourcedeleted::Sourcedeleted;

#[cfg(feature = "triggers")]
mod sourcedeleted_actor;
#[cfg(feature = "triggers")]
pub use sourcedeleted_actor::SourcedeletedActor;

#[cfg(feature = "triggers")]
mod sourcedeleted_actor_type;
#[cfg(feature = "triggers")]
pub use sourcedeleted_actor_type::SourcedeletedActorType;

#[cfg(feature = "sources")]
mod sourceentitlementrequestconfig;
#[cfg(feature = "sources")]
pub use sourceentitlementrequestconfig::Sourceentitlementrequestconfig;

#[cfg(feature = "multi-host-integration")]
mod sourcefeature;
#[cfg(feature = "multi-host-integration")]
pub use sourcefeature::Sourcefeature;

#[cfg(feature = "multi-host-integration")]
mod sourcefeature_inner;
#[cfg(feature = "multi-host-integration")]
pub use sourcefeature_inner::SourcefeatureInner;

#[cfg(feature = "sources")]
mod sourcehealthdto;
#[cfg(feature = "sources")]
pub use sourcehealthdto::Sourcehealthdto;

#[cfg(feature = "sources")]
mod sourcehealthdto_status;
#[cfg(feature = "sources")]
pub use sourcehealthdto_status::SourcehealthdtoStatus;

#[cfg(feature = "access-requests")]
mod sourceitemref;
#[cfg(feature = "access-requests")]
pub use sourceitemref::Sourceitemref;

#[cfg(feature = "sources")]
mod sourceresourcemapping;
#[cfg(feature = "sources")]
pub use sourceresourcemapping::Sourceresourcemapping;

#[cfg(feature = "sources")]
mod sourceresourcemapping_value;
#[cfg(feature = "sources")]
pub use sourceresourcemapping_value::SourceresourcemappingValue;

#[cfg(feature = "sources")]
mod sources_approvalconfig;
#[cfg(feature = "sources")]
pub use sources_approvalconfig::SourcesApprovalconfig;

#[cfg(feature = "sources")]
mod sources_approvalconfig_auto_approve;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_auto_approve::SourcesApprovalconfigAutoApprove;

#[cfg(feature = "sources")]
mod sources_approvalconfig_cron_timezone;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_cron_timezone::SourcesApprovalconfigCronTimezone;

#[cfg(feature = "sources")]
mod sources_approvalconfig_escalation_config;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_escalation_config::SourcesApprovalconfigEscalationConfig;

#[cfg(feature = "sources")]
mod sources_approvalconfig_escalation_config_escalation_chain_inner;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_escalation_config_escalation_chain_inner::SourcesApprovalconfigEscalationConfigEscalationChainInner;

#[cfg(feature = "sources")]
mod sources_approvalconfig_escalation_config_escalation_chain_inner_identity_type;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_escalation_config_escalation_chain_inner_identity_type::SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType;

#[cfg(feature = "sources")]
mod sources_approvalconfig_fallback_approver;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_fallback_approver::SourcesApprovalconfigFallbackApprover;

#[cfg(feature = "sources")]
mod sources_approvalconfig_fallback_approver_type;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_fallback_approver_type::SourcesApprovalconfigFallbackApproverType;

#[cfg(feature = "sources")]
mod sources_approvalconfig_machine_identity_manager_assignment;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_machine_identity_manager_assignment::SourcesApprovalconfigMachineIdentityManagerAssignment;

#[cfg(feature = "sources")]
mod sources_approvalconfig_reminder_config;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_reminder_config::SourcesApprovalconfigReminderConfig;

#[cfg(feature = "sources")]
mod sources_approvalconfig_requires_comment;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_requires_comment::SourcesApprovalconfigRequiresComment;

#[cfg(feature = "sources")]
mod sources_approvalconfig_serial_chain_inner;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_serial_chain_inner::SourcesApprovalconfigSerialChainInner;

#[cfg(feature = "sources")]
mod sources_approvalconfig_serial_chain_inner_identity_type;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_serial_chain_inner_identity_type::SourcesApprovalconfigSerialChainInnerIdentityType;

#[cfg(feature = "sources")]
mod sources_approvalconfig_timeout_config;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_timeout_config::SourcesApprovalconfigTimeoutConfig;

#[cfg(feature = "sources")]
mod sources_approvalconfig_timeout_config_timeout_result;
#[cfg(feature = "sources")]
pub use sources_approvalconfig_timeout_config_timeout_result::SourcesApprovalconfigTimeoutConfigTimeoutResult;

#[cfg(feature = "sources")]
mod sources_connectordetail;
#[cfg(feature = "sources")]
pub use sources_connectordetail::SourcesConnectordetail;

#[cfg(feature = "sources")]
mod sources_connectordetail_status;
#[cfg(feature = "sources")]
pub use sources_connectordetail_status::SourcesConnectordetailStatus;

#[cfg(feature = "sources")]
mod sources_correlationconfig;
#[cfg(feature = "sources")]
pub use sources_correlationconfig::SourcesCorrelationconfig;

#[cfg(feature = "sources")]
mod sources_correlationconfig_attribute_assignments_inner;
#[cfg(feature = "sources")]
pub use sources_correlationconfig_attribute_assignments_inner::SourcesCorrelationconfigAttributeAssignmentsInner;

#[cfg(feature = "sources")]
mod sources_correlationconfig_attribute_assignments_inner_match_mode;
#[cfg(feature = "sources")]
pub use sources_correlationconfig_attribute_assignments_inner_match_mode::SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode;

#[cfg(feature = "sources")]
mod sources_correlationconfig_attribute_assignments_inner_operation;
#[cfg(feature = "sources")]
pub use sources_correlationconfig_attribute_assignments_inner_operation::SourcesCorrelationconfigAttributeAssignmentsInnerOperation;

#[cfg(feature = "sources")]
mod sources_loadentitlementtask;
#[cfg(feature = "sources")]
pub use sources_loadentitlementtask::SourcesLoadentitlementtask;

#[cfg(feature = "sources")]
mod sources_loadentitlementtask_returns_inner;
#[cfg(feature = "sources")]
pub use sources_loadentitlementtask_returns_inner::SourcesLoadentitlementtaskReturnsInner;

#[cfg(feature = "sources")]
mod sources_managercorrelationmapping;
#[cfg(feature = "sources")]
pub use sources_managercorrelationmapping::SourcesManagercorrelationmapping;

#[cfg(feature = "sources")]
mod sources_sourcefeature;
#[cfg(feature = "sources")]
pub use sources_sourcefeature::SourcesSourcefeature;

#[cfg(feature = "sources")]
mod sources_sourcefeature_inner;
#[cfg(feature = "sources")]
pub use sources_sourcefeature_inner::SourcesSourcefeatureInner;

#[cfg(feature = "sources")]
mod sources_taskresultdetails;
#[cfg(feature = "sources")]
pub use sources_taskresultdetails::SourcesTaskresultdetails;

#[cfg(feature = "sources")]
mod sources_taskresultdetails_completion_status;
#[cfg(feature = "sources")]
pub use sources_taskresultdetails_completion_status::SourcesTaskresultdetailsCompletionStatus;

#[cfg(feature = "machine-accounts")]
mod sourcesubtype;
#[cfg(feature = "machine-accounts")]
pub use sourcesubtype::Sourcesubtype;

#[cfg(feature = "machine-account-subtypes")]
mod sourcesubtypewithsource;
#[cfg(feature = "machine-account-subtypes")]
pub use sourcesubtypewithsource::Sourcesubtypewithsource;

#[cfg(feature = "machine-account-subtypes")]
mod sourcesubtypewithsource_source;
#[cfg(feature = "machine-account-subtypes")]
pub use sourcesubtypewithsource_source::SourcesubtypewithsourceSource;

#[cfg(feature = "machine-account-subtypes")]
mod sourcesubtypewithsource_source_type;
#[cfg(feature = "machine-account-subtypes")]
pub use sourcesubtypewithsource_source_type::SourcesubtypewithsourceSourceType;

#[cfg(feature = "sources")]
mod sourcesyncjob;
#[cfg(feature = "sources")]
pub use sourcesyncjob::Sourcesyncjob;

#[cfg(feature = "sources")]
mod sourcesyncjob_status;
#[cfg(feature = "sources")]
pub use sourcesyncjob_status::SourcesyncjobStatus;

#[cfg(feature = "sources")]
mod sourcesyncpayload;
#[cfg(feature = "sources")]
pub use sourcesyncpayload::Sourcesyncpayload;

#[cfg(feature = "triggers")]
mod sourceupdated;
#[cfg(feature = "triggers")]
pub use sourceupdated::Sourceupdated;

#[cfg(feature = "triggers")]
mod sourceupdated_actor;
#[cfg(feature = "triggers")]
pub use sourceupdated_actor::SourceupdatedActor;

#[cfg(feature = "triggers")]
mod sourceupdated_actor_type;
#[cfg(feature = "triggers")]
pub use sourceupdated_actor_type::SourceupdatedActorType;

#[cfg(feature = "source-usages")]
mod sourceusage;
#[cfg(feature = "source-usages")]
pub use sourceusage::Sourceusage;

#[cfg(feature = "source-usages")]
mod sourceusagestatus;
#[cfg(feature = "source-usages")]
pub use sourceusagestatus::Sourceusagestatus;

#[cfg(feature = "source-usages")]
mod sourceusagestatus_status;
#[cfg(feature = "source-usages")]
pub use sourceusagestatus_status::SourceusagestatusStatus;

#[cfg(feature = "sp-config")]
mod sp_config_importobject;
#[cfg(feature = "sp-config")]
pub use sp_config_importobject::SpConfigImportobject;

#[cfg(feature = "sp-config")]
mod sp_config_importobject_type;
#[cfg(feature = "sp-config")]
pub use sp_config_importobject_type::SpConfigImportobjectType;

#[cfg(feature = "sp-config")]
mod spconfigexportjob;
#[cfg(feature = "sp-config")]
pub use spconfigexportjob::Spconfigexportjob;

#[cfg(feature = "sp-config")]
mod spconfigexportjobstatus;
#[cfg(feature = "sp-config")]
pub use spconfigexportjobstatus::Spconfigexportjobstatus;

#[cfg(feature = "sp-config")]
mod spconfigexportresults;
#[cfg(feature = "sp-config")]
pub use spconfigexportresults::Spconfigexportresults;

#[cfg(feature = "sp-config")]
mod spconfigimportjobstatus;
#[cfg(feature = "sp-config")]
pub use spconfigimportjobstatus::Spconfigimportjobstatus;

#[cfg(feature = "sp-config")]
mod spconfigimportresults;
#[cfg(feature = "sp-config")]
pub use spconfigimportresults::Spconfigimportresults;

#[cfg(feature = "sp-config")]
mod spconfigjob;
#[cfg(feature = "sp-config")]
pub use spconfigjob::Spconfigjob;

#[cfg(feature = "sp-config")]
mod spconfigjob_status;
#[cfg(feature = "sp-config")]
pub use spconfigjob_status::SpconfigjobStatus;

#[cfg(feature = "sp-config")]
mod spconfigjob_type;
#[cfg(feature = "sp-config")]
pub use spconfigjob_type::SpconfigjobType;

#[cfg(feature = "identity-profiles")]
mod spconfigmessage;
#[cfg(feature = "identity-profiles")]
pub use spconfigmessage::Spconfigmessage;

#[cfg(feature = "sp-config")]
mod spconfigmessage2;
#[cfg(feature = "sp-config")]
pub use spconfigmessage2::Spconfigmessage2;

#[cfg(feature = "sp-config")]
mod spconfigobject;
#[cfg(feature = "sp-config")]
pub use spconfigobject::Spconfigobject;

#[cfg(feature = "sp-config")]
mod spconfigrule;
#[cfg(feature = "sp-config")]
pub use spconfigrule::Spconfigrule;

#[cfg(feature = "sp-config")]
mod spconfigrule_modes_inner;
#[cfg(feature = "sp-config")]
pub use spconfigrule_modes_inner::SpconfigruleModesInner;

#[cfg(feature = "sp-config")]
mod spconfigrule_value;
#[cfg(feature = "sp-config")]
pub use spconfigrule_value::SpconfigruleValue;

#[cfg(feature = "sp-config")]
mod spconfigrules;
#[cfg(feature = "sp-config")]
pub use spconfigrules::Spconfigrules;

#[cfg(feature = "global-tenant-security-settings")]
mod spdetails;
#[cfg(feature = "global-tenant-security-settings")]
pub use spdetails::Spdetails;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod split;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use split::Split;

#[cfg(feature = "managed-clusters")]
mod standardlevel;
#[cfg(feature = "managed-clusters")]
pub use standardlevel::Standardlevel;

#[cfg(feature = "application-discovery")]
mod start_application_discovery_v1403_response;
#[cfg(feature = "application-discovery")]
pub use start_application_discovery_v1403_response::StartApplicationDiscoveryV1403Response;

#[cfg(feature = "application-discovery")]
mod start_application_discovery_v1403_response_variant2;
#[cfg(feature = "application-discovery")]
pub use start_application_discovery_v1403_response_variant2::StartApplicationDiscoveryV1403ResponseVariant2;

#[cfg(feature = "launchers")]
mod start_launcher_v1200_response;
#[cfg(feature = "launchers")]
pub use start_launcher_v1200_response::StartLauncherV1200Response;

#[cfg(feature = "triggers")]
mod startinvocationinput;
#[cfg(feature = "triggers")]
pub use startinvocationinput::Startinvocationinput;

#[cfg(feature = "sources")]
mod statusresponse;
#[cfg(feature = "sources")]
pub use statusresponse::Statusresponse;

#[cfg(feature = "sources")]
mod statusresponse_status;
#[cfg(feature = "sources")]
pub use statusresponse_status::StatusresponseStatus;

#[cfg(feature = "shared-signals-framework-ssf")]
mod streamconfigresponse;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use streamconfigresponse::Streamconfigresponse;

#[cfg(feature = "shared-signals-framework-ssf")]
mod streamstatusresponse;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use streamstatusresponse::Streamstatusresponse;

#[cfg(feature = "shared-signals-framework-ssf")]
mod streamstatusresponse_status;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use streamstatusresponse_status::StreamstatusresponseStatus;

#[cfg(feature = "triggers")]
mod subscription;
#[cfg(feature = "triggers")]
pub use subscription::Subscription;

#[cfg(feature = "triggers")]
mod subscriptionpatchrequest;
#[cfg(feature = "triggers")]
pub use subscriptionpatchrequest::Subscriptionpatchrequest;

#[cfg(feature = "triggers")]
mod subscriptionpatchrequest_inner;
#[cfg(feature = "triggers")]
pub use subscriptionpatchrequest_inner::SubscriptionpatchrequestInner;

#[cfg(feature = "triggers")]
mod subscriptionpatchrequest_inner_op;
#[cfg(feature = "triggers")]
pub use subscriptionpatchrequest_inner_op::SubscriptionpatchrequestInnerOp;

#[cfg(feature = "triggers")]
mod subscriptionpatchrequest_inner_value;
#[cfg(feature = "triggers")]
pub use subscriptionpatchrequest_inner_value::SubscriptionpatchrequestInnerValue;

#[cfg(feature = "triggers")]
mod subscriptionpatchrequest_inner_value_variant4_inner;
#[cfg(feature = "triggers")]
pub use subscriptionpatchrequest_inner_value_variant4_inner::SubscriptionpatchrequestInnerValueVariant4Inner;

#[cfg(feature = "triggers")]
mod subscriptionpostrequest;
#[cfg(feature = "triggers")]
pub use subscriptionpostrequest::Subscriptionpostrequest;

#[cfg(feature = "triggers")]
mod subscriptionputrequest;
#[cfg(feature = "triggers")]
pub use subscriptionputrequest::Subscriptionputrequest;

#[cfg(feature = "triggers")]
mod subscriptiontype;
#[cfg(feature = "triggers")]
pub use subscriptiontype::Subscriptiontype;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod subsearchaggregationspecification;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use subsearchaggregationspecification::Subsearchaggregationspecification;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod substring;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use substring::Substring;

#[cfg(feature = "api-usage")]
mod summaryresponse;
#[cfg(feature = "api-usage")]
pub use summaryresponse::Summaryresponse;

#[cfg(feature = "data-access-security")]
mod tag;
#[cfg(feature = "data-access-security")]
pub use tag::Tag;

#[cfg(feature = "tags")]
mod tag2;
#[cfg(feature = "tags")]
pub use tag2::Tag2;

#[cfg(feature = "tags")]
mod tag2_tag_category_refs_inner;
#[cfg(feature = "tags")]
pub use tag2_tag_category_refs_inner::Tag2TagCategoryRefsInner;

#[cfg(feature = "tags")]
mod tag2_tag_category_refs_inner_type;
#[cfg(feature = "tags")]
pub use tag2_tag_category_refs_inner_type::Tag2TagCategoryRefsInnerType;

#[cfg(feature = "tagged-objects")]
mod tagged_objects_taggedobjectdto;
#[cfg(feature = "tagged-objects")]
pub use tagged_objects_taggedobjectdto::TaggedObjectsTaggedobjectdto;

#[cfg(feature = "tagged-objects")]
mod tagged_objects_taggedobjectdto_type;
#[cfg(feature = "tagged-objects")]
pub use tagged_objects_taggedobjectdto_type::TaggedObjectsTaggedobjectdtoType;

#[cfg(feature = "tagged-objects")]
mod taggedobject;
#[cfg(feature = "tagged-objects")]
pub use taggedobject::Taggedobject;

#[cfg(feature = "identities")]
mod taggedobjectdto;
#[cfg(feature = "identities")]
pub use taggedobjectdto::Taggedobjectdto;

#[cfg(feature = "identities")]
mod taggedobjectdto_type;
#[cfg(feature = "identities")]
pub use taggedobjectdto_type::TaggedobjectdtoType;

#[cfg(feature = "search")]
mod tags;
#[cfg(feature = "search")]
pub use tags::Tags;

#[cfg(feature = "identities")]
mod target;
#[cfg(feature = "identities")]
pub use target::Target;

#[cfg(feature = "identities")]
mod target_type;
#[cfg(feature = "identities")]
pub use target_type::TargetType;

#[cfg(feature = "task-management")]
mod task_management_target;
#[cfg(feature = "task-management")]
pub use task_management_target::TaskManagementTarget;

#[cfg(feature = "task-management")]
mod task_management_target_type;
#[cfg(feature = "task-management")]
pub use task_management_target_type::TaskManagementTargetType;

#[cfg(feature = "task-management")]
mod task_management_taskstatus;
#[cfg(feature = "task-management")]
pub use task_management_taskstatus::TaskManagementTaskstatus;

#[cfg(feature = "task-management")]
mod task_management_taskstatus_completion_status;
#[cfg(feature = "task-management")]
pub use task_management_taskstatus_completion_status::TaskManagementTaskstatusCompletionStatus;

#[cfg(feature = "task-management")]
mod task_management_taskstatus_type;
#[cfg(feature = "task-management")]
pub use task_management_taskstatus_type::TaskManagementTaskstatusType;

#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
mod taskdefinitionsummary;
#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
pub use taskdefinitionsummary::Taskdefinitionsummary;

#[cfg(feature = "data-access-security")]
mod taskinfo;
#[cfg(feature = "data-access-security")]
pub use taskinfo::Taskinfo;

#[cfg(feature = "reports-data-extraction")]
mod taskresultdetails;
#[cfg(feature = "reports-data-extraction")]
pub use taskresultdetails::Taskresultdetails;

#[cfg(feature = "reports-data-extraction")]
mod taskresultdetails_completion_status;
#[cfg(feature = "reports-data-extraction")]
pub use taskresultdetails_completion_status::TaskresultdetailsCompletionStatus;

#[cfg(feature = "reports-data-extraction")]
mod taskresultdetails_messages_inner;
#[cfg(feature = "reports-data-extraction")]
pub use taskresultdetails_messages_inner::TaskresultdetailsMessagesInner;

#[cfg(feature = "reports-data-extraction")]
mod taskresultdetails_messages_inner_type;
#[cfg(feature = "reports-data-extraction")]
pub use taskresultdetails_messages_inner_type::TaskresultdetailsMessagesInnerType;

#[cfg(feature = "reports-data-extraction")]
mod taskresultdetails_report_type;
#[cfg(feature = "reports-data-extraction")]
pub use taskresultdetails_report_type::TaskresultdetailsReportType;

#[cfg(feature = "reports-data-extraction")]
mod taskresultdetails_returns_inner;
#[cfg(feature = "reports-data-extraction")]
pub use taskresultdetails_returns_inner::TaskresultdetailsReturnsInner;

#[cfg(feature = "reports-data-extraction")]
mod taskresultdetails_type;
#[cfg(feature = "reports-data-extraction")]
pub use taskresultdetails_type::TaskresultdetailsType;

#[cfg(
    any(
        feature = "accounts",
        feature = "dimensions",
        feature = "roles",
        feature = "sources"
    )
)]
mod taskresultdto;
#[cfg(
    any(
        feature = "accounts",
        feature = "dimensions",
        feature = "roles",
        feature = "sources"
    )
)]
pub use taskresultdto::Taskresultdto;

#[cfg(
    any(
        feature = "accounts",
        feature = "dimensions",
        feature = "roles",
        feature = "sources"
    )
)]
mod taskresultdto_type;
#[cfg(
    any(
        feature = "accounts",
        feature = "dimensions",
        feature = "roles",
        feature = "sources"
    )
)]
pub use taskresultdto_type::TaskresultdtoType;

#[cfg(feature = "identities")]
mod taskresultresponse;
#[cfg(feature = "identities")]
pub use taskresultresponse::Taskresultresponse;

#[cfg(feature = "identity-profiles")]
mod taskresultsimplified;
#[cfg(feature = "identity-profiles")]
pub use taskresultsimplified::Taskresultsimplified;

#[cfg(feature = "identity-profiles")]
mod taskresultsimplified_completion_status;
#[cfg(feature = "identity-profiles")]
pub use taskresultsimplified_completion_status::TaskresultsimplifiedCompletionStatus;

#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
mod taskreturndetails;
#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
pub use taskreturndetails::Taskreturndetails;

#[cfg(feature = "identities")]
mod taskstatus;
#[cfg(feature = "identities")]
pub use taskstatus::Taskstatus;

#[cfg(feature = "identities")]
mod taskstatus_completion_status;
#[cfg(feature = "identities")]
pub use taskstatus_completion_status::TaskstatusCompletionStatus;

#[cfg(feature = "identities")]
mod taskstatus_type;
#[cfg(feature = "identities")]
pub use taskstatus_type::TaskstatusType;

#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
mod taskstatusmessage;
#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
pub use taskstatusmessage::Taskstatusmessage;

#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
mod taskstatusmessage_parameters_inner;
#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
pub use taskstatusmessage_parameters_inner::TaskstatusmessageParametersInner;

#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
mod taskstatusmessage_type;
#[cfg(
    any(
        feature = "application-discovery",
        feature = "identities",
        feature = "machine-identities",
        feature = "task-management"
    )
)]
pub use taskstatusmessage_type::TaskstatusmessageType;

#[cfg(feature = "notifications")]
mod templatebulkdeletedto;
#[cfg(feature = "notifications")]
pub use templatebulkdeletedto::Templatebulkdeletedto;

#[cfg(feature = "notifications")]
mod templatebulkdeletedto_medium;
#[cfg(feature = "notifications")]
pub use templatebulkdeletedto_medium::TemplatebulkdeletedtoMedium;

#[cfg(feature = "notifications")]
mod templatedto;
#[cfg(feature = "notifications")]
pub use templatedto::Templatedto;

#[cfg(feature = "notifications")]
mod templatedto_medium;
#[cfg(feature = "notifications")]
pub use templatedto_medium::TemplatedtoMedium;

#[cfg(feature = "notifications")]
mod templatedtodefault;
#[cfg(feature = "notifications")]
pub use templatedtodefault::Templatedtodefault;

#[cfg(feature = "notifications")]
mod templatedtodefault_medium;
#[cfg(feature = "notifications")]
pub use templatedtodefault_medium::TemplatedtodefaultMedium;

#[cfg(feature = "notifications")]
mod templatemediumdto;
#[cfg(feature = "notifications")]
pub use templatemediumdto::Templatemediumdto;

#[cfg(feature = "notifications")]
mod templateslack;
#[cfg(feature = "notifications")]
pub use templateslack::Templateslack;

#[cfg(feature = "notifications")]
mod templateslack_auto_approval_data;
#[cfg(feature = "notifications")]
pub use templateslack_auto_approval_data::TemplateslackAutoApprovalData;

#[cfg(feature = "notifications")]
mod templateslack_custom_fields;
#[cfg(feature = "notifications")]
pub use templateslack_custom_fields::TemplateslackCustomFields;

#[cfg(feature = "notifications")]
mod templateteams;
#[cfg(feature = "notifications")]
pub use templateteams::Templateteams;

#[cfg(feature = "notifications")]
mod templateteams_auto_approval_data;
#[cfg(feature = "notifications")]
pub use templateteams_auto_approval_data::TemplateteamsAutoApprovalData;

#[cfg(feature = "notifications")]
mod templateteams_custom_fields;
#[cfg(feature = "notifications")]
pub use templateteams_custom_fields::TemplateteamsCustomFields;

#[cfg(feature = "notifications")]
mod templatevariable;
#[cfg(feature = "notifications")]
pub use templatevariable::Templatevariable;

#[cfg(feature = "notifications")]
mod templatevariable_type;
#[cfg(feature = "notifications")]
pub use templatevariable_type::TemplatevariableType;

#[cfg(feature = "notifications")]
mod templatevariablesdto;
#[cfg(feature = "notifications")]
pub use templatevariablesdto::Templatevariablesdto;

#[cfg(feature = "tenant")]
mod tenant;
#[cfg(feature = "tenant")]
pub use tenant::Tenant;

#[cfg(feature = "work-reassignment")]
mod tenantconfigurationdetails;
#[cfg(feature = "work-reassignment")]
pub use tenantconfigurationdetails::Tenantconfigurationdetails;

#[cfg(feature = "work-reassignment")]
mod tenantconfigurationrequest;
#[cfg(feature = "work-reassignment")]
pub use tenantconfigurationrequest::Tenantconfigurationrequest;

#[cfg(feature = "work-reassignment")]
mod tenantconfigurationresponse;
#[cfg(feature = "work-reassignment")]
pub use tenantconfigurationresponse::Tenantconfigurationresponse;

#[cfg(feature = "ui-metadata")]
mod tenantuimetadataitemresponse;
#[cfg(feature = "ui-metadata")]
pub use tenantuimetadataitemresponse::Tenantuimetadataitemresponse;

#[cfg(feature = "ui-metadata")]
mod tenantuimetadataitemupdaterequest;
#[cfg(feature = "ui-metadata")]
pub use tenantuimetadataitemupdaterequest::Tenantuimetadataitemupdaterequest;

#[cfg(feature = "workflows")]
mod test_external_execute_workflow_v1200_response;
#[cfg(feature = "workflows")]
pub use test_external_execute_workflow_v1200_response::TestExternalExecuteWorkflowV1200Response;

#[cfg(feature = "workflows")]
mod test_external_execute_workflow_v1_request;
#[cfg(feature = "workflows")]
pub use test_external_execute_workflow_v1_request::TestExternalExecuteWorkflowV1Request;

#[cfg(feature = "mfa-configuration")]
mod test_mfa_config_v1_method;
#[cfg(feature = "mfa-configuration")]
pub use test_mfa_config_v1_method::TestMfaConfigV1Method;

#[cfg(feature = "multi-host-integration")]
mod test_source_connection_multihost_v1200_response;
#[cfg(feature = "multi-host-integration")]
pub use test_source_connection_multihost_v1200_response::TestSourceConnectionMultihostV1200Response;

#[cfg(feature = "multi-host-integration")]
mod test_source_connection_multihost_v1200_response_result_type;
#[cfg(feature = "multi-host-integration")]
pub use test_source_connection_multihost_v1200_response_result_type::TestSourceConnectionMultihostV1200ResponseResultType;

#[cfg(feature = "workflows")]
mod test_workflow_v1200_response;
#[cfg(feature = "workflows")]
pub use test_workflow_v1200_response::TestWorkflowV1200Response;

#[cfg(feature = "workflows")]
mod test_workflow_v1_request;
#[cfg(feature = "workflows")]
pub use test_workflow_v1_request::TestWorkflowV1Request;

#[cfg(feature = "triggers")]
mod testinvocation;
#[cfg(feature = "triggers")]
pub use testinvocation::Testinvocation;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod textquery;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use textquery::Textquery;

#[cfg(feature = "unreferenced-schemas")]
mod transform;
#[cfg(feature = "unreferenced-schemas")]
pub use transform::Transform;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod transform_attributes;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use transform_attributes::TransformAttributes;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod transform_type;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use transform_type::TransformType;

#[cfg(feature = "identity-profiles")]
mod transformdefinition;
#[cfg(feature = "identity-profiles")]
pub use transformdefinition::Transformdefinition;

#[cfg(feature = "sources")]
mod transformread;
#[cfg(feature = "sources")]
pub use transformread::Transformread;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod transformrule;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use transformrule::Transformrule;

#[cfg(feature = "transforms")]
mod transforms_accountattribute;
#[cfg(feature = "transforms")]
pub use transforms_accountattribute::TransformsAccountattribute;

#[cfg(feature = "transforms")]
mod transforms_base64decode;
#[cfg(feature = "transforms")]
pub use transforms_base64decode::TransformsBase64decode;

#[cfg(feature = "transforms")]
mod transforms_base64encode;
#[cfg(feature = "transforms")]
pub use transforms_base64encode::TransformsBase64encode;

#[cfg(feature = "transforms")]
mod transforms_concatenation;
#[cfg(feature = "transforms")]
pub use transforms_concatenation::TransformsConcatenation;

#[cfg(feature = "transforms")]
mod transforms_conditional;
#[cfg(feature = "transforms")]
pub use transforms_conditional::TransformsConditional;

#[cfg(feature = "transforms")]
mod transforms_datecompare;
#[cfg(feature = "transforms")]
pub use transforms_datecompare::TransformsDatecompare;

#[cfg(feature = "transforms")]
mod transforms_datecompare_first_date;
#[cfg(feature = "transforms")]
pub use transforms_datecompare_first_date::TransformsDatecompareFirstDate;

#[cfg(feature = "transforms")]
mod transforms_datecompare_operator;
#[cfg(feature = "transforms")]
pub use transforms_datecompare_operator::TransformsDatecompareOperator;

#[cfg(feature = "transforms")]
mod transforms_datecompare_second_date;
#[cfg(feature = "transforms")]
pub use transforms_datecompare_second_date::TransformsDatecompareSecondDate;

#[cfg(feature = "transforms")]
mod transforms_dateformat;
#[cfg(feature = "transforms")]
pub use transforms_dateformat::TransformsDateformat;

#[cfg(feature = "transforms")]
mod transforms_dateformat_input_format;
#[cfg(feature = "transforms")]
pub use transforms_dateformat_input_format::TransformsDateformatInputFormat;

#[cfg(feature = "transforms")]
mod transforms_dateformat_output_format;
#[cfg(feature = "transforms")]
pub use transforms_dateformat_output_format::TransformsDateformatOutputFormat;

#[cfg(feature = "transforms")]
mod transforms_datemath;
#[cfg(feature = "transforms")]
pub use transforms_datemath::TransformsDatemath;

#[cfg(feature = "transforms")]
mod transforms_decomposediacriticalmarks;
#[cfg(feature = "transforms")]
pub use transforms_decomposediacriticalmarks::TransformsDecomposediacriticalmarks;

#[cfg(feature = "transforms")]
mod transforms_e164phone;
#[cfg(feature = "transforms")]
pub use transforms_e164phone::TransformsE164phone;

#[cfg(feature = "transforms")]
mod transforms_firstvalid;
#[cfg(feature = "transforms")]
pub use transforms_firstvalid::TransformsFirstvalid;

#[cfg(feature = "transforms")]
mod transforms_generaterandomstring;
#[cfg(feature = "transforms")]
pub use transforms_generaterandomstring::TransformsGeneraterandomstring;

#[cfg(feature = "transforms")]
mod transforms_getreferenceidentityattribute;
#[cfg(feature = "transforms")]
pub use transforms_getreferenceidentityattribute::TransformsGetreferenceidentityattribute;

#[cfg(feature = "transforms")]
mod transforms_identityattribute;
#[cfg(feature = "transforms")]
pub use transforms_identityattribute::TransformsIdentityattribute;

#[cfg(feature = "transforms")]
mod transforms_indexof;
#[cfg(feature = "transforms")]
pub use transforms_indexof::TransformsIndexof;

#[cfg(feature = "transforms")]
mod transforms_input;
#[cfg(feature = "transforms")]
pub use transforms_input::TransformsInput;

#[cfg(feature = "transforms")]
mod transforms_iso3166;
#[cfg(feature = "transforms")]
pub use transforms_iso3166::TransformsIso3166;

#[cfg(feature = "transforms")]
mod transforms_leftpad;
#[cfg(feature = "transforms")]
pub use transforms_leftpad::TransformsLeftpad;

#[cfg(feature = "transforms")]
mod transforms_lookup;
#[cfg(feature = "transforms")]
pub use transforms_lookup::TransformsLookup;

#[cfg(feature = "transforms")]
mod transforms_lower;
#[cfg(feature = "transforms")]
pub use transforms_lower::TransformsLower;

#[cfg(feature = "transforms")]
mod transforms_namedconstructs;
#[cfg(feature = "transforms")]
pub use transforms_namedconstructs::TransformsNamedconstructs;

#[cfg(feature = "transforms")]
mod transforms_namenormalizer;
#[cfg(feature = "transforms")]
pub use transforms_namenormalizer::TransformsNamenormalizer;

#[cfg(feature = "transforms")]
mod transforms_randomalphanumeric;
#[cfg(feature = "transforms")]
pub use transforms_randomalphanumeric::TransformsRandomalphanumeric;

#[cfg(feature = "transforms")]
mod transforms_randomnumeric;
#[cfg(feature = "transforms")]
pub use transforms_randomnumeric::TransformsRandomnumeric;

#[cfg(feature = "transforms")]
mod transforms_reference2;
#[cfg(feature = "transforms")]
pub use transforms_reference2::TransformsReference2;

#[cfg(feature = "transforms")]
mod transforms_replace;
#[cfg(feature = "transforms")]
pub use transforms_replace::TransformsReplace;

#[cfg(feature = "transforms")]
mod transforms_replaceall;
#[cfg(feature = "transforms")]
pub use transforms_replaceall::TransformsReplaceall;

#[cfg(feature = "transforms")]
mod transforms_requiresperiodicrefresh;
#[cfg(feature = "transforms")]
pub use transforms_requiresperiodicrefresh::TransformsRequiresperiodicrefresh;

#[cfg(feature = "transforms")]
mod transforms_rightpad;
#[cfg(feature = "transforms")]
pub use transforms_rightpad::TransformsRightpad;

#[cfg(feature = "transforms")]
mod transforms_rule;
#[cfg(feature = "transforms")]
pub use transforms_rule::TransformsRule;

#[cfg(feature = "transforms")]
mod transforms_simpledateformat;
#[cfg(feature = "transforms")]
pub use transforms_simpledateformat::TransformsSimpledateformat;

#[cfg(feature = "transforms")]
mod transforms_split;
#[cfg(feature = "transforms")]
pub use transforms_split::TransformsSplit;

#[cfg(feature = "transforms")]
mod transforms_static;
#[cfg(feature = "transforms")]
pub use transforms_static::TransformsStatic;

#[cfg(feature = "transforms")]
mod transforms_substring;
#[cfg(feature = "transforms")]
pub use transforms_substring::TransformsSubstring;

#[cfg(feature = "transforms")]
mod transforms_transform;
#[cfg(feature = "transforms")]
pub use transforms_transform::TransformsTransform;

#[cfg(feature = "transforms")]
mod transforms_transform_attributes;
#[cfg(feature = "transforms")]
pub use transforms_transform_attributes::TransformsTransformAttributes;

#[cfg(feature = "transforms")]
mod transforms_transform_type;
#[cfg(feature = "transforms")]
pub use transforms_transform_type::TransformsTransformType;

#[cfg(feature = "transforms")]
mod transforms_transformread;
#[cfg(feature = "transforms")]
pub use transforms_transformread::TransformsTransformread;

#[cfg(feature = "transforms")]
mod transforms_transformrule;
#[cfg(feature = "transforms")]
pub use transforms_transformrule::TransformsTransformrule;

#[cfg(feature = "transforms")]
mod transforms_trim;
#[cfg(feature = "transforms")]
pub use transforms_trim::TransformsTrim;

#[cfg(feature = "transforms")]
mod transforms_upper;
#[cfg(feature = "transforms")]
pub use transforms_upper::TransformsUpper;

#[cfg(feature = "transforms")]
mod transforms_uuidgenerator;
#[cfg(feature = "transforms")]
pub use transforms_uuidgenerator::TransformsUuidgenerator;

#[cfg(
    any(
        feature = "iai-access-request-recommendations",
        feature = "iai-outliers",
        feature = "iai-recommendations"
    )
)]
mod translationmessage;
#[cfg(
    any(
        feature = "iai-access-request-recommendations",
        feature = "iai-outliers",
        feature = "iai-recommendations"
    )
)]
pub use translationmessage::Translationmessage;

#[cfg(feature = "shared-signals-framework-ssf")]
mod transmittermetadata;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use transmittermetadata::Transmittermetadata;

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

#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
mod triggers_certificationphase;
#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
pub use triggers_certificationphase::TriggersCertificationphase;

#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
mod triggers_certificationreference;
#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
pub use triggers_certificationreference::TriggersCertificationreference;

#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
mod triggers_certificationreference_type;
#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
pub use triggers_certificationreference_type::TriggersCertificationreferenceType;

#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
mod triggers_reassignment;
#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
pub use triggers_reassignment::TriggersReassignment;

#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
mod triggers_reviewer;
#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
pub use triggers_reviewer::TriggersReviewer;

#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
mod triggers_reviewer_type;
#[cfg(any(feature = "triggers", feature = "unreferenced-schemas"))]
pub use triggers_reviewer_type::TriggersReviewerType;

#[cfg(feature = "triggers")]
mod triggertype;
#[cfg(feature = "triggers")]
pub use triggertype::Triggertype;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod trim;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use trim::Trim;

#[cfg(any(feature = "access-model-metadata", feature = "search"))]
mod typeaheadquery;
#[cfg(any(feature = "access-model-metadata", feature = "search"))]
pub use typeaheadquery::Typeaheadquery;

#[cfg(feature = "saved-search")]
mod typedreference;
#[cfg(feature = "saved-search")]
pub use typedreference::Typedreference;

#[cfg(feature = "reports-data-extraction")]
mod uncorrelated_accounts_report_arguments;
#[cfg(feature = "reports-data-extraction")]
pub use uncorrelated_accounts_report_arguments::UncorrelatedAccountsReportArguments;

#[cfg(feature = "reports-data-extraction")]
mod uncorrelated_accounts_report_arguments_selected_formats_inner;
#[cfg(feature = "reports-data-extraction")]
pub use uncorrelated_accounts_report_arguments_selected_formats_inner::UncorrelatedAccountsReportArgumentsSelectedFormatsInner;

#[cfg(feature = "machine-identities")]
mod unsanctionedsummary;
#[cfg(feature = "machine-identities")]
pub use unsanctionedsummary::Unsanctionedsummary;

#[cfg(feature = "multi-host-integration")]
mod update_multi_host_sources_v1_request_inner;
#[cfg(feature = "multi-host-integration")]
pub use update_multi_host_sources_v1_request_inner::UpdateMultiHostSourcesV1RequestInner;

#[cfg(feature = "multi-host-integration")]
mod update_multi_host_sources_v1_request_inner_op;
#[cfg(feature = "multi-host-integration")]
pub use update_multi_host_sources_v1_request_inner_op::UpdateMultiHostSourcesV1RequestInnerOp;

#[cfg(feature = "multi-host-integration")]
mod update_multi_host_sources_v1_request_inner_value;
#[cfg(feature = "multi-host-integration")]
pub use update_multi_host_sources_v1_request_inner_value::UpdateMultiHostSourcesV1RequestInnerValue;

#[cfg(feature = "multi-host-integration")]
mod update_multi_host_sources_v1_request_inner_value_array_inner;
#[cfg(feature = "multi-host-integration")]
pub use update_multi_host_sources_v1_request_inner_value_array_inner::UpdateMultiHostSourcesV1RequestInnerValueArrayInner;

#[cfg(feature = "sources")]
mod update_source_schedule_v1_schedule_type;
#[cfg(feature = "sources")]
pub use update_source_schedule_v1_schedule_type::UpdateSourceScheduleV1ScheduleType;

#[cfg(feature = "connectors")]
mod updatedetail;
#[cfg(feature = "connectors")]
pub use updatedetail::Updatedetail;

#[cfg(feature = "connectors")]
mod updatedetail_status;
#[cfg(feature = "connectors")]
pub use updatedetail_status::UpdatedetailStatus;

#[cfg(feature = "data-access-security")]
mod updateidentitycollectorrequest;
#[cfg(feature = "data-access-security")]
pub use updateidentitycollectorrequest::Updateidentitycollectorrequest;

#[cfg(feature = "data-access-security")]
mod updateschedulerequest;
#[cfg(feature = "data-access-security")]
pub use updateschedulerequest::Updateschedulerequest;

#[cfg(feature = "shared-signals-framework-ssf")]
mod updatestreamconfigresponse;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use updatestreamconfigresponse::Updatestreamconfigresponse;

#[cfg(feature = "shared-signals-framework-ssf")]
mod updatestreamconfigurationrequest;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use updatestreamconfigurationrequest::Updatestreamconfigurationrequest;

#[cfg(feature = "shared-signals-framework-ssf")]
mod updatestreamstatusrequest;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use updatestreamstatusrequest::Updatestreamstatusrequest;

#[cfg(feature = "shared-signals-framework-ssf")]
mod updatestreamstatusrequest_status;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use updatestreamstatusrequest_status::UpdatestreamstatusrequestStatus;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod upper;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use upper::Upper;

#[cfg(feature = "sources")]
mod usagetype;
#[cfg(feature = "sources")]
pub use usagetype::Usagetype;

#[cfg(feature = "sources")]
mod usagetypev2;
#[cfg(feature = "sources")]
pub use usagetypev2::Usagetypev2;

#[cfg(feature = "apps")]
mod userapp;
#[cfg(feature = "apps")]
pub use userapp::Userapp;

#[cfg(feature = "apps")]
mod userapp_account;
#[cfg(feature = "apps")]
pub use userapp_account::UserappAccount;

#[cfg(feature = "apps")]
mod userapp_owner;
#[cfg(feature = "apps")]
pub use userapp_owner::UserappOwner;

#[cfg(feature = "apps")]
mod userapp_source;
#[cfg(feature = "apps")]
pub use userapp_source::UserappSource;

#[cfg(feature = "apps")]
mod userapp_source_app;
#[cfg(feature = "apps")]
pub use userapp_source_app::UserappSourceApp;

#[cfg(feature = "machine-identities")]
mod userentitlementv2;
#[cfg(feature = "machine-identities")]
pub use userentitlementv2::Userentitlementv2;

#[cfg(feature = "custom-user-levels")]
mod userlevelpublishsummary;
#[cfg(feature = "custom-user-levels")]
pub use userlevelpublishsummary::Userlevelpublishsummary;

#[cfg(feature = "custom-user-levels")]
mod userlevelrequest;
#[cfg(feature = "custom-user-levels")]
pub use userlevelrequest::Userlevelrequest;

#[cfg(feature = "custom-user-levels")]
mod userlevelsummarydto;
#[cfg(feature = "custom-user-levels")]
pub use userlevelsummarydto::Userlevelsummarydto;

#[cfg(feature = "custom-user-levels")]
mod userlevelsummarydto_status;
#[cfg(feature = "custom-user-levels")]
pub use userlevelsummarydto_status::UserlevelsummarydtoStatus;

#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
mod uuidgenerator;
#[cfg(any(feature = "sources", feature = "unreferenced-schemas"))]
pub use uuidgenerator::Uuidgenerator;

#[cfg(feature = "connectors")]
mod v3connectordto;
#[cfg(feature = "connectors")]
pub use v3connectordto::V3connectordto;

#[cfg(feature = "connectors")]
mod v3connectordto_status;
#[cfg(feature = "connectors")]
pub use v3connectordto_status::V3connectordtoStatus;

#[cfg(feature = "connectors")]
mod v3createconnectordto;
#[cfg(feature = "connectors")]
pub use v3createconnectordto::V3createconnectordto;

#[cfg(feature = "connectors")]
mod v3createconnectordto_status;
#[cfg(feature = "connectors")]
pub use v3createconnectordto_status::V3createconnectordtoStatus;

#[cfg(feature = "triggers")]
mod vaclusterstatuschangeevent;
#[cfg(feature = "triggers")]
pub use vaclusterstatuschangeevent::Vaclusterstatuschangeevent;

#[cfg(feature = "triggers")]
mod vaclusterstatuschangeevent_application;
#[cfg(feature = "triggers")]
pub use vaclusterstatuschangeevent_application::VaclusterstatuschangeeventApplication;

#[cfg(feature = "triggers")]
mod vaclusterstatuschangeevent_health_check_result;
#[cfg(feature = "triggers")]
pub use vaclusterstatuschangeevent_health_check_result::VaclusterstatuschangeeventHealthCheckResult;

#[cfg(feature = "triggers")]
mod vaclusterstatuschangeevent_health_check_result_status;
#[cfg(feature = "triggers")]
pub use vaclusterstatuschangeevent_health_check_result_status::VaclusterstatuschangeeventHealthCheckResultStatus;

#[cfg(feature = "triggers")]
mod vaclusterstatuschangeevent_previous_health_check_result;
#[cfg(feature = "triggers")]
pub use vaclusterstatuschangeevent_previous_health_check_result::VaclusterstatuschangeeventPreviousHealthCheckResult;

#[cfg(feature = "triggers")]
mod vaclusterstatuschangeevent_previous_health_check_result_status;
#[cfg(feature = "triggers")]
pub use vaclusterstatuschangeevent_previous_health_check_result_status::VaclusterstatuschangeeventPreviousHealthCheckResultStatus;

#[cfg(feature = "triggers")]
mod vaclusterstatuschangeevent_type;
#[cfg(feature = "triggers")]
pub use vaclusterstatuschangeevent_type::VaclusterstatuschangeeventType;

#[cfg(feature = "triggers")]
mod validatefilterinputdto;
#[cfg(feature = "triggers")]
pub use validatefilterinputdto::Validatefilterinputdto;

#[cfg(feature = "triggers")]
mod validatefilteroutputdto;
#[cfg(feature = "triggers")]
pub use validatefilteroutputdto::Validatefilteroutputdto;

#[cfg(feature = "data-segmentation")]
mod value;
#[cfg(feature = "data-segmentation")]
pub use value::Value;

#[cfg(feature = "shared-signals-framework-ssf")]
mod verificationrequest;
#[cfg(feature = "shared-signals-framework-ssf")]
pub use verificationrequest::Verificationrequest;

#[cfg(feature = "sod-violations")]
mod violationcontext;
#[cfg(feature = "sod-violations")]
pub use violationcontext::Violationcontext;

#[cfg(feature = "sod-violations")]
mod violationcontext_policy;
#[cfg(feature = "sod-violations")]
pub use violationcontext_policy::ViolationcontextPolicy;

#[cfg(feature = "sod-violations")]
mod violationcontext_policy_type;
#[cfg(feature = "sod-violations")]
pub use violationcontext_policy_type::ViolationcontextPolicyType;

#[cfg(feature = "sod-policies")]
mod violationownerassignmentconfig;
#[cfg(feature = "sod-policies")]
pub use violationownerassignmentconfig::Violationownerassignmentconfig;

#[cfg(feature = "sod-policies")]
mod violationownerassignmentconfig_assignment_rule;
#[cfg(feature = "sod-policies")]
pub use violationownerassignmentconfig_assignment_rule::ViolationownerassignmentconfigAssignmentRule;

#[cfg(feature = "sod-policies")]
mod violationownerassignmentconfig_owner_ref;
#[cfg(feature = "sod-policies")]
pub use violationownerassignmentconfig_owner_ref::ViolationownerassignmentconfigOwnerRef;

#[cfg(feature = "sod-policies")]
mod violationownerassignmentconfig_owner_ref_type;
#[cfg(feature = "sod-policies")]
pub use violationownerassignmentconfig_owner_ref_type::ViolationownerassignmentconfigOwnerRefType;

#[cfg(feature = "sod-violations")]
mod violationprediction;
#[cfg(feature = "sod-violations")]
pub use violationprediction::Violationprediction;

#[cfg(feature = "sod-violations")]
mod violationreassigninput;
#[cfg(feature = "sod-violations")]
pub use violationreassigninput::Violationreassigninput;

#[cfg(feature = "data-segmentation")]
mod visibilitycriteria;
#[cfg(feature = "data-segmentation")]
pub use visibilitycriteria::Visibilitycriteria;

#[cfg(feature = "workflows")]
mod workflow;
#[cfg(feature = "workflows")]
pub use workflow::Workflow;

#[cfg(feature = "workflows")]
mod workflow_creator;
#[cfg(feature = "workflows")]
pub use workflow_creator::WorkflowCreator;

#[cfg(feature = "workflows")]
mod workflow_creator_type;
#[cfg(feature = "workflows")]
pub use workflow_creator_type::WorkflowCreatorType;

#[cfg(feature = "workflows")]
mod workflowbody;
#[cfg(feature = "workflows")]
pub use workflowbody::Workflowbody;

#[cfg(feature = "workflows")]
mod workflowbody_owner;
#[cfg(feature = "workflows")]
pub use workflowbody_owner::WorkflowbodyOwner;

#[cfg(feature = "workflows")]
mod workflowbody_owner_type;
#[cfg(feature = "workflows")]
pub use workflowbody_owner_type::WorkflowbodyOwnerType;

#[cfg(feature = "workflows")]
mod workflowdefinition;
#[cfg(feature = "workflows")]
pub use workflowdefinition::Workflowdefinition;

#[cfg(feature = "workflows")]
mod workflowexecution;
#[cfg(feature = "workflows")]
pub use workflowexecution::Workflowexecution;

#[cfg(feature = "workflows")]
mod workflowexecution_status;
#[cfg(feature = "workflows")]
pub use workflowexecution_status::WorkflowexecutionStatus;

#[cfg(feature = "workflows")]
mod workflowexecutionevent;
#[cfg(feature = "workflows")]
pub use workflowexecutionevent::Workflowexecutionevent;

#[cfg(feature = "workflows")]
mod workflowexecutionevent_type;
#[cfg(feature = "workflows")]
pub use workflowexecutionevent_type::WorkflowexecutioneventType;

#[cfg(feature = "workflows")]
mod workflowexecutionhistory;
#[cfg(feature = "workflows")]
pub use workflowexecutionhistory::Workflowexecutionhistory;

#[cfg(feature = "workflows")]
mod workflowexecutionhistory2;
#[cfg(feature = "workflows")]
pub use workflowexecutionhistory2::Workflowexecutionhistory2;

#[cfg(feature = "workflows")]
mod workflowlibraryaction;
#[cfg(feature = "workflows")]
pub use workflowlibraryaction::Workflowlibraryaction;

#[cfg(feature = "workflows")]
mod workflowlibraryaction_example_output;
#[cfg(feature = "workflows")]
pub use workflowlibraryaction_example_output::WorkflowlibraryactionExampleOutput;

#[cfg(feature = "workflows")]
mod workflowlibraryformfields;
#[cfg(feature = "workflows")]
pub use workflowlibraryformfields::Workflowlibraryformfields;

#[cfg(feature = "workflows")]
mod workflowlibraryformfields_type;
#[cfg(feature = "workflows")]
pub use workflowlibraryformfields_type::WorkflowlibraryformfieldsType;

#[cfg(feature = "workflows")]
mod workflowlibraryoperator;
#[cfg(feature = "workflows")]
pub use workflowlibraryoperator::Workflowlibraryoperator;

#[cfg(feature = "workflows")]
mod workflowlibrarytrigger;
#[cfg(feature = "workflows")]
pub use workflowlibrarytrigger::Workflowlibrarytrigger;

#[cfg(feature = "workflows")]
mod workflowlibrarytrigger_type;
#[cfg(feature = "workflows")]
pub use workflowlibrarytrigger_type::WorkflowlibrarytriggerType;

#[cfg(feature = "workflows")]
mod workflowmodifiedby;
#[cfg(feature = "workflows")]
pub use workflowmodifiedby::Workflowmodifiedby;

#[cfg(feature = "workflows")]
mod workflowmodifiedby_type;
#[cfg(feature = "workflows")]
pub use workflowmodifiedby_type::WorkflowmodifiedbyType;

#[cfg(feature = "workflows")]
mod workflowoauthclient;
#[cfg(feature = "workflows")]
pub use workflowoauthclient::Workflowoauthclient;

#[cfg(feature = "workflows")]
mod workflowtrigger;
#[cfg(feature = "workflows")]
pub use workflowtrigger::Workflowtrigger;

#[cfg(feature = "workflows")]
mod workflowtrigger_attributes;
#[cfg(feature = "workflows")]
pub use workflowtrigger_attributes::WorkflowtriggerAttributes;

#[cfg(feature = "workflows")]
mod workflowtrigger_type;
#[cfg(feature = "workflows")]
pub use workflowtrigger_type::WorkflowtriggerType;

#[cfg(feature = "governance-groups")]
mod workgroupbulkdeleterequest;
#[cfg(feature = "governance-groups")]
pub use workgroupbulkdeleterequest::Workgroupbulkdeleterequest;

#[cfg(feature = "governance-groups")]
mod workgroupbulkdeleteresponse;
#[cfg(feature = "governance-groups")]
pub use workgroupbulkdeleteresponse::Workgroupbulkdeleteresponse;

#[cfg(feature = "governance-groups")]
mod workgroupconnectiondto;
#[cfg(feature = "governance-groups")]
pub use workgroupconnectiondto::Workgroupconnectiondto;

#[cfg(feature = "governance-groups")]
mod workgroupconnectiondto_connection_type;
#[cfg(feature = "governance-groups")]
pub use workgroupconnectiondto_connection_type::WorkgroupconnectiondtoConnectionType;

#[cfg(feature = "governance-groups")]
mod workgroupdeleteitem;
#[cfg(feature = "governance-groups")]
pub use workgroupdeleteitem::Workgroupdeleteitem;

#[cfg(feature = "governance-groups")]
mod workgroupdto;
#[cfg(feature = "governance-groups")]
pub use workgroupdto::Workgroupdto;

#[cfg(feature = "governance-groups")]
mod workgroupdto_owner;
#[cfg(feature = "governance-groups")]
pub use workgroupdto_owner::WorkgroupdtoOwner;

#[cfg(feature = "governance-groups")]
mod workgroupmemberadditem;
#[cfg(feature = "governance-groups")]
pub use workgroupmemberadditem::Workgroupmemberadditem;

#[cfg(feature = "governance-groups")]
mod workgroupmemberbulkaddresponse;
#[cfg(feature = "governance-groups")]
pub use workgroupmemberbulkaddresponse::Workgroupmemberbulkaddresponse;

#[cfg(feature = "governance-groups")]
mod workgroupmemberbulkdeleteresponse;
#[cfg(feature = "governance-groups")]
pub use workgroupmemberbulkdeleteresponse::Workgroupmemberbulkdeleteresponse;

#[cfg(feature = "governance-groups")]
mod workgroupmemberdeleteitem;
#[cfg(feature = "governance-groups")]
pub use workgroupmemberdeleteitem::Workgroupmemberdeleteitem;

#[cfg(feature = "work-items")]
mod workitemforward;
#[cfg(feature = "work-items")]
pub use workitemforward::Workitemforward;

#[cfg(feature = "work-items")]
mod workitems;
#[cfg(feature = "work-items")]
pub use workitems::Workitems;

#[cfg(feature = "work-items")]
mod workitemscount;
#[cfg(feature = "work-items")]
pub use workitemscount::Workitemscount;

#[cfg(feature = "work-items")]
mod workitemssummary;
#[cfg(feature = "work-items")]
pub use workitemssummary::Workitemssummary;

#[cfg(feature = "work-items")]
mod workitemstate;
#[cfg(feature = "work-items")]
pub use workitemstate::Workitemstate;

#[cfg(feature = "work-items")]
mod workitemstatemanualworkitems;
#[cfg(feature = "work-items")]
pub use workitemstatemanualworkitems::Workitemstatemanualworkitems;

#[cfg(feature = "work-items")]
mod workitemtypemanualworkitems;
#[cfg(feature = "work-items")]
pub use workitemtypemanualworkitems::Workitemtypemanualworkitems;
