//! `Completedapproval`, from `apis/access-request-approvals/schemas/completedapproval.yaml`.

use crate::models::{
    Accessitemrequester, Accessitemreviewedby, Accessrequestitemform, Accessrequesttype,
    Approvalforwardhistory, Commentdto, CompletedapprovalIdentityType,
    CompletedapprovalMaxPermittedAccessDuration,
    CompletedapprovalPreApprovalTriggerResult, CompletedapprovalRequestedFor,
    Completedapprovalstate, Entitlementstatesnapshotjitdetail, Ownerdto,
    Requestableobjectreference, Requestedaccountref, Sodviolationcontextcheckcompleted,
};

/// `Completedapproval` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Completedapproval {
    /// The approval id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the approval.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the approval was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// When the approval was modified last time.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the access-request was created.
    #[serde(rename = "requestCreated", skip_serializing_if = "Option::is_none")]
    pub request_created: Option<chrono::DateTime<chrono::Utc>>,
    /// If the access-request was for granting or revoking access.
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<Accessrequesttype>,
    /// Type of identity the access was requested for. Requests without a stored identity type are returned as `HUMAN`.
    #[serde(rename = "identityType", skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<CompletedapprovalIdentityType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester: Option<Accessitemrequester>,
    /// Identity access was requested for. For machine identity requests, `type` is `MACHINE_IDENTITY` and `id` is the machine identity id.
    #[serde(rename = "requestedFor", skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<CompletedapprovalRequestedFor>,
    #[serde(rename = "reviewedBy", skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<Accessitemreviewedby>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ownerdto>,
    /// The requested access item.
    #[serde(rename = "requestedObject", skip_serializing_if = "Option::is_none")]
    pub requested_object: Option<Requestableobjectreference>,
    #[serde(rename = "requesterComment", skip_serializing_if = "Option::is_none")]
    pub requester_comment: Option<Commentdto>,
    #[serde(rename = "reviewerComment", skip_serializing_if = "Option::is_none")]
    pub reviewer_comment: Option<Commentdto>,
    /// The history of the previous reviewers comments.
    #[serde(
        rename = "previousReviewersComments",
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_reviewers_comments: Option<Vec<Commentdto>>,
    /// The history of approval forward action.
    #[serde(rename = "forwardHistory", skip_serializing_if = "Option::is_none")]
    pub forward_history: Option<Vec<Approvalforwardhistory>>,
    /// When true the rejector has to provide comments when rejecting
    #[serde(
        rename = "commentRequiredWhenRejected",
        skip_serializing_if = "Option::is_none"
    )]
    pub comment_required_when_rejected: Option<bool>,
    /// The final state of the approval
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<Completedapprovalstate>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// If true, then the request was to change the remove date or sunset date.
    #[serde(
        rename = "removeDateUpdateRequested",
        skip_serializing_if = "Option::is_none"
    )]
    pub remove_date_update_requested: Option<bool>,
    /// The remove date or sunset date that was assigned at the time of the request.
    #[serde(rename = "currentRemoveDate", skip_serializing_if = "Option::is_none")]
    pub current_remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date the role or access profile or entitlement is/will assigned to the specified identity.
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// If true, then the request is to change the start date or sunrise date.
    #[serde(rename = "startUpdateRequested", skip_serializing_if = "Option::is_none")]
    pub start_update_requested: Option<bool>,
    /// The start date or sunrise date that was assigned at the time of the request.
    #[serde(rename = "currentStartDate", skip_serializing_if = "Option::is_none")]
    pub current_start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The details of the SOD violations for the associated approval.
    #[serde(rename = "sodViolationContext", skip_serializing_if = "Option::is_none")]
    pub sod_violation_context: Option<Sodviolationcontextcheckcompleted>,
    /// If the access request submitted event trigger is configured and this access request was intercepted by it, then this is the result of the trigger's decision to either approve or deny the request.
    #[serde(
        rename = "preApprovalTriggerResult",
        skip_serializing_if = "Option::is_none"
    )]
    pub pre_approval_trigger_result: Option<CompletedapprovalPreApprovalTriggerResult>,
    /// Arbitrary key-value pairs provided during the request.
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The accounts selected by the user for the access to be provisioned on, in case they have multiple accounts on one or more sources.
    #[serde(rename = "requestedAccounts", skip_serializing_if = "Option::is_none")]
    pub requested_accounts: Option<Vec<Requestedaccountref>>,
    /// The privilege level of the requested access item, if applicable.
    #[serde(rename = "privilegeLevel", skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<String>,
    /// The maximum duration for which the access is permitted.
    #[serde(
        rename = "maxPermittedAccessDuration",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_permitted_access_duration: Option<
        CompletedapprovalMaxPermittedAccessDuration,
    >,
    /// JIT (Just-In-Time) details for the requested access item, if applicable.
    #[serde(rename = "jitDetails", skip_serializing_if = "Option::is_none")]
    pub jit_details: Option<Vec<Entitlementstatesnapshotjitdetail>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<Accessrequestitemform>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Completedapproval {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Completedapproval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Completedapproval {
    const NAME: &'static str = "Completedapproval";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "requestCreated" => {
                self.request_created = map.next_value_seed(crate::datetime::Optional)?;
            }
            "requestType" => self.request_type = map.next_value()?,
            "identityType" => self.identity_type = map.next_value()?,
            "requester" => self.requester = map.next_value()?,
            "requestedFor" => self.requested_for = map.next_value()?,
            "reviewedBy" => self.reviewed_by = map.next_value()?,
            "owner" => self.owner = map.next_value()?,
            "requestedObject" => self.requested_object = map.next_value()?,
            "requesterComment" => self.requester_comment = map.next_value()?,
            "reviewerComment" => self.reviewer_comment = map.next_value()?,
            "previousReviewersComments" => {
                self.previous_reviewers_comments = map.next_value()?;
            }
            "forwardHistory" => self.forward_history = map.next_value()?,
            "commentRequiredWhenRejected" => {
                self.comment_required_when_rejected = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "state" => self.state = map.next_value()?,
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "removeDateUpdateRequested" => {
                self.remove_date_update_requested = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "currentRemoveDate" => {
                self.current_remove_date = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "startDate" => {
                self.start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "startUpdateRequested" => {
                self.start_update_requested = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "currentStartDate" => {
                self.current_start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "sodViolationContext" => self.sod_violation_context = map.next_value()?,
            "preApprovalTriggerResult" => {
                self.pre_approval_trigger_result = map.next_value()?;
            }
            "clientMetadata" => self.client_metadata = map.next_value()?,
            "requestedAccounts" => self.requested_accounts = map.next_value()?,
            "privilegeLevel" => {
                self.privilege_level = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "maxPermittedAccessDuration" => {
                self.max_permitted_access_duration = map.next_value()?;
            }
            "jitDetails" => self.jit_details = map.next_value()?,
            "form" => self.form = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
