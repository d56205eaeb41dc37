//! `AccessRequestsApprovalforwardhistory`, from `apis/access-requests/schemas/approvalforwardhistory.yaml`.

use crate::models::AccessRequestsReassignmenttype;

/// `AccessRequestsApprovalforwardhistory` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequestsApprovalforwardhistory {
    /// Display name of approver from whom the approval was forwarded.
    #[serde(rename = "oldApproverName", skip_serializing_if = "Option::is_none")]
    pub old_approver_name: Option<String>,
    /// Display name of approver to whom the approval was forwarded.
    #[serde(rename = "newApproverName", skip_serializing_if = "Option::is_none")]
    pub new_approver_name: Option<String>,
    /// Comment made while forwarding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Time at which approval was forwarded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Display name of forwarder who forwarded the approval.
    #[serde(rename = "forwarderName", skip_serializing_if = "Option::is_none")]
    pub forwarder_name: Option<String>,
    /// The approval reassignment type.
    /// * MANUAL_REASSIGNMENT: An approval with this reassignment type has been specifically reassigned by the approval task's owner, from their queue to someone else's.
    /// * AUTOMATIC_REASSIGNMENT: An approval with this reassignment type has been automatically reassigned from another approver's queue, according to that approver's reassignment configuration. The approver's reassignment configuration may be set up to automatically reassign approval tasks for a defined (or possibly open-ended) period of time.
    /// * AUTO_ESCALATION: An approval with this reassignment type has been automatically reassigned from another approver's queue, according to the request's escalation configuration. For more information about escalation configuration, refer to [Setting Global Reminders and Escalation Policies](https://documentation.sailpoint.com/saas/help/requests/config_emails.html).
    /// * SELF_REVIEW_DELEGATION: An approval with this reassignment type has been automatically reassigned by the system to prevent self-review. This helps prevent situations like a requester being tasked with approving their own request. For more information about preventing self-review, refer to [Self-review Prevention](https://documentation.sailpoint.com/saas/help/users/work_reassignment.html#self-review-prevention) and [Preventing Self-approval](https://documentation.sailpoint.com/saas/help/requests/config_ap_roles.html#preventing-self-approval).
    #[serde(rename = "reassignmentType", skip_serializing_if = "Option::is_none")]
    pub reassignment_type: Option<AccessRequestsReassignmenttype>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestsApprovalforwardhistory {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccessRequestsApprovalforwardhistory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequestsApprovalforwardhistory {
    const NAME: &'static str = "AccessRequestsApprovalforwardhistory";

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
            "oldApproverName" => {
                self.old_approver_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "newApproverName" => {
                self.new_approver_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "forwarderName" => {
                self.forwarder_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "reassignmentType" => self.reassignment_type = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
