//! `Accessrequestadminitemstatus`, from `apis/access-requests/schemas/accessrequestadminitemstatus.yaml`.

use crate::models::{
    AccessRequestsAccessitemrequester, AccessRequestsAccessrequesttype,
    AccessRequestsCommentdto, AccessRequestsSodviolationcontextcheckcompleted,
    AccessrequestadminitemstatusIdentityType, AccessrequestadminitemstatusRequestedFor,
    AccessrequestadminitemstatusType, Accessrequestitemform, Accessrequestphases,
    Approvalstatusdto, Cancelledrequestdetails, Errormessagedtolist,
    Manualworkitemdetails, Preapprovaltriggerdetails, Provisioningdetails,
    Requesteditemstatusrequeststate,
};

/// `Accessrequestadminitemstatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestadminitemstatus {
    /// ID of the access request. This is a new property as of 2025. Older access requests may not have an ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of the item being requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of requested object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessrequestadminitemstatusType>,
    #[serde(rename = "cancelledRequestDetails", skip_serializing_if = "Option::is_none")]
    pub cancelled_request_details: Option<Cancelledrequestdetails>,
    /// List of localized error messages, if any, encountered during the approval/provisioning process.
    #[serde(rename = "errorMessages", skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Vec<Errormessagedtolist>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<Requesteditemstatusrequeststate>,
    /// Approval details for each item.
    #[serde(rename = "approvalDetails", skip_serializing_if = "Option::is_none")]
    pub approval_details: Option<Vec<Approvalstatusdto>>,
    /// Manual work items created for provisioning the item.
    #[serde(rename = "manualWorkItemDetails", skip_serializing_if = "Option::is_none")]
    pub manual_work_item_details: Option<Vec<Manualworkitemdetails>>,
    /// Id of associated account activity item.
    #[serde(rename = "accountActivityItemId", skip_serializing_if = "Option::is_none")]
    pub account_activity_item_id: Option<String>,
    #[serde(rename = "requestType", skip_serializing_if = "Option::is_none")]
    pub request_type: Option<AccessRequestsAccessrequesttype>,
    /// When the request was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// When the request was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester: Option<AccessRequestsAccessitemrequester>,
    /// Identity access was requested for. For machine identity requests, `type` is `MACHINE_IDENTITY` and `id` is the machine identity id.
    #[serde(rename = "requestedFor", skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<AccessrequestadminitemstatusRequestedFor>,
    /// Type of identity the access was requested for. Requests without a stored identity type are returned as `HUMAN`.
    #[serde(rename = "identityType", skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<AccessrequestadminitemstatusIdentityType>,
    #[serde(rename = "requesterComment", skip_serializing_if = "Option::is_none")]
    pub requester_comment: Option<AccessRequestsCommentdto>,
    #[serde(rename = "sodViolationContext", skip_serializing_if = "Option::is_none")]
    pub sod_violation_context: Option<AccessRequestsSodviolationcontextcheckcompleted>,
    #[serde(rename = "provisioningDetails", skip_serializing_if = "Option::is_none")]
    pub provisioning_details: Option<Provisioningdetails>,
    #[serde(
        rename = "preApprovalTriggerDetails",
        skip_serializing_if = "Option::is_none"
    )]
    pub pre_approval_trigger_details: Option<Preapprovaltriggerdetails>,
    /// A list of Phases that the Access Request has gone through in order, to help determine the status of the request.
    #[serde(rename = "accessRequestPhases", skip_serializing_if = "Option::is_none")]
    pub access_request_phases: Option<Vec<Accessrequestphases>>,
    /// Description associated to the requested object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the role access is scheduled for provisioning.
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// When the role access is scheduled for removal.
    #[serde(rename = "removeDate", skip_serializing_if = "Option::is_none")]
    pub remove_date: Option<chrono::DateTime<chrono::Utc>>,
    /// True if the request can be canceled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelable: Option<bool>,
    /// True if re-auth is required.
    #[serde(rename = "reauthorizationRequired", skip_serializing_if = "Option::is_none")]
    pub reauthorization_required: Option<bool>,
    /// This is the account activity id.
    #[serde(rename = "accessRequestId", skip_serializing_if = "Option::is_none")]
    pub access_request_id: Option<String>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    #[serde(rename = "clientMetadata", skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<std::collections::BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<Accessrequestitemform>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestadminitemstatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestadminitemstatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestadminitemstatus {
    const NAME: &'static str = "Accessrequestadminitemstatus";

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
            "type" => self.r#type = map.next_value()?,
            "cancelledRequestDetails" => {
                self.cancelled_request_details = map.next_value()?;
            }
            "errorMessages" => self.error_messages = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "approvalDetails" => self.approval_details = map.next_value()?,
            "manualWorkItemDetails" => self.manual_work_item_details = map.next_value()?,
            "accountActivityItemId" => {
                self.account_activity_item_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "requestType" => self.request_type = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "requester" => self.requester = map.next_value()?,
            "requestedFor" => self.requested_for = map.next_value()?,
            "identityType" => self.identity_type = map.next_value()?,
            "requesterComment" => self.requester_comment = map.next_value()?,
            "sodViolationContext" => self.sod_violation_context = map.next_value()?,
            "provisioningDetails" => self.provisioning_details = map.next_value()?,
            "preApprovalTriggerDetails" => {
                self.pre_approval_trigger_details = map.next_value()?;
            }
            "accessRequestPhases" => self.access_request_phases = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "startDate" => {
                self.start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "removeDate" => {
                self.remove_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "cancelable" => {
                self.cancelable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "reauthorizationRequired" => {
                self.reauthorization_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accessRequestId" => {
                self.access_request_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "clientMetadata" => self.client_metadata = map.next_value()?,
            "form" => self.form = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
