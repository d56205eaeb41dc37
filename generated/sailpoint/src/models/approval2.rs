//! `Approval2`, from `apis/approvals/schemas/approval-2.yaml`.

use crate::models::{
    Approval2ApprovalCriteria, Approval2Medium, Approval2Priority, Approvalbatch,
    Approvalcomment3, Approvalconfig, Approvaldescription, Approvalidentity,
    Approvalidentityrecord, Approvalname, Approvalreassignmenthistory, Approvalreference,
    Approvalrequestedtarget,
};

/// Approval Object
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approval2 {
    /// The Approval ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The Tenant ID of the Approval
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// The type of the approval, such as ENTITLEMENT_DESCRIPTIONS, CUSTOM_ACCESS_REQUEST_APPROVAL, GENERIC_APPROVAL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Object representation of an approver of an approval
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approvers: Option<Vec<Approvalidentity>>,
    /// Date the approval was created
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<String>,
    /// Date the approval is due
    #[serde(rename = "dueDate", skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// Step in the escalation process. If set to 0, the approval is not escalated. If set to 1, the approval is escalated to the first approver in the escalation chain.
    #[serde(rename = "escalationStep", skip_serializing_if = "Option::is_none")]
    pub escalation_step: Option<String>,
    /// The serial step of the approval in the approval chain. For example, serialStep 1 is the first approval to action in an approval request chain. Parallel approvals are set to 0.
    #[serde(rename = "serialStep", skip_serializing_if = "Option::is_none")]
    pub serial_step: Option<i64>,
    /// Whether or not the approval has been escalated. Will reset to false when the approval is actioned on.
    #[serde(rename = "isEscalated", skip_serializing_if = "Option::is_none")]
    pub is_escalated: Option<bool>,
    /// The name of the approval for a given locale
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Vec<Approvalname>>,
    /// The name of the approval for a given locale
    #[serde(rename = "batchRequest", skip_serializing_if = "Option::is_none")]
    pub batch_request: Option<Approvalbatch>,
    /// The configuration of the approval, such as the approval criteria and whether it is a parallel or serial approval
    #[serde(rename = "approvalConfig", skip_serializing_if = "Option::is_none")]
    pub approval_config: Option<Approvalconfig>,
    /// The description of the approval for a given locale
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Vec<Approvaldescription>>,
    /// Signifies what medium to use when sending notifications (currently only email is utilized)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<Approval2Medium>,
    /// The priority of the approval
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Approval2Priority>,
    /// Object representation of the requester of the approval
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester: Option<Approvalidentity>,
    /// Object representation of the requestee of the approval
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requestee: Option<Approvalidentity>,
    /// Object representation of a comment on the approval
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<Approvalcomment3>>,
    /// Array of approvers who have approved the approval
    #[serde(rename = "approvedBy", skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<Vec<Approvalidentityrecord>>,
    /// Array of approvers who have rejected the approval
    #[serde(rename = "rejectedBy", skip_serializing_if = "Option::is_none")]
    pub rejected_by: Option<Vec<Approvalidentityrecord>>,
    /// Array of identities that the approval request is currently assigned to/waiting on. For parallel approvals, this is set to all approvers left to approve.
    #[serde(rename = "assignedTo", skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<Vec<Approvalidentity>>,
    /// Date the approval was completed
    #[serde(rename = "completedDate", skip_serializing_if = "Option::is_none")]
    pub completed_date: Option<String>,
    /// Criteria that needs to be met for an approval or rejection
    #[serde(rename = "approvalCriteria", skip_serializing_if = "Option::is_none")]
    pub approval_criteria: Option<Approval2ApprovalCriteria>,
    /// Json string representing additional attributes known about the object to be approved.
    #[serde(rename = "additionalAttributes", skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<String>,
    /// Reference data related to the approval
    #[serde(rename = "referenceData", skip_serializing_if = "Option::is_none")]
    pub reference_data: Option<Vec<Approvalreference>>,
    /// History of whom the approval request was assigned to
    #[serde(rename = "reassignmentHistory", skip_serializing_if = "Option::is_none")]
    pub reassignment_history: Option<Vec<Approvalreassignmenthistory>>,
    /// Field that can include any static additional info that may be needed by the service that the approval request originated from
    #[serde(rename = "staticAttributes", skip_serializing_if = "Option::is_none")]
    pub static_attributes: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Date/time that the approval request was last updated
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// RequestedTarget used to specify the actual object or target the approval request is for
    #[serde(rename = "requestedTarget", skip_serializing_if = "Option::is_none")]
    pub requested_target: Option<Vec<Approvalrequestedtarget>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approval2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approval2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approval2 {
    const NAME: &'static str = "Approval2";

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
            "tenantId" => {
                self.tenant_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "approvers" => self.approvers = map.next_value()?,
            "createdDate" => {
                self.created_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "dueDate" => self.due_date = map.next_value_seed(crate::lenient::TextOption)?,
            "escalationStep" => {
                self.escalation_step = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "serialStep" => self.serial_step = map.next_value()?,
            "isEscalated" => {
                self.is_escalated = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "name" => self.name = map.next_value()?,
            "batchRequest" => self.batch_request = map.next_value()?,
            "approvalConfig" => self.approval_config = map.next_value()?,
            "description" => self.description = map.next_value()?,
            "medium" => self.medium = map.next_value()?,
            "priority" => self.priority = map.next_value()?,
            "requester" => self.requester = map.next_value()?,
            "requestee" => self.requestee = map.next_value()?,
            "comments" => self.comments = map.next_value()?,
            "approvedBy" => self.approved_by = map.next_value()?,
            "rejectedBy" => self.rejected_by = map.next_value()?,
            "assignedTo" => self.assigned_to = map.next_value()?,
            "completedDate" => {
                self.completed_date = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "approvalCriteria" => self.approval_criteria = map.next_value()?,
            "additionalAttributes" => {
                self.additional_attributes = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "referenceData" => self.reference_data = map.next_value()?,
            "reassignmentHistory" => self.reassignment_history = map.next_value()?,
            "staticAttributes" => self.static_attributes = map.next_value()?,
            "modifiedDate" => {
                self.modified_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "requestedTarget" => self.requested_target = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
