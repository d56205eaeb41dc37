//! `SourcesApprovalconfig`, from `apis/sources/schemas/approvalconfig.yaml`.

use crate::models::{
    SourcesApprovalconfigAutoApprove, SourcesApprovalconfigCronTimezone,
    SourcesApprovalconfigEscalationConfig, SourcesApprovalconfigFallbackApprover,
    SourcesApprovalconfigMachineIdentityManagerAssignment,
    SourcesApprovalconfigReminderConfig, SourcesApprovalconfigRequiresComment,
    SourcesApprovalconfigSerialChainInner, SourcesApprovalconfigTimeoutConfig,
};

/// Approval config Object
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SourcesApprovalconfig {
    /// Configuration for reminders.
    #[serde(rename = "reminderConfig", skip_serializing_if = "Option::is_none")]
    pub reminder_config: Option<SourcesApprovalconfigReminderConfig>,
    /// Configuration for escalations.
    #[serde(rename = "escalationConfig", skip_serializing_if = "Option::is_none")]
    pub escalation_config: Option<SourcesApprovalconfigEscalationConfig>,
    /// TimeoutConfig contains configurations around when the approval request should expire.
    #[serde(rename = "timeoutConfig", skip_serializing_if = "Option::is_none")]
    pub timeout_config: Option<SourcesApprovalconfigTimeoutConfig>,
    /// Timezone configuration for cron schedules.
    #[serde(rename = "cronTimezone", skip_serializing_if = "Option::is_none")]
    pub cron_timezone: Option<SourcesApprovalconfigCronTimezone>,
    /// If the approval request has an approvalCriteria of SERIAL this chain will be used to determine the assignment order.
    #[serde(rename = "serialChain", skip_serializing_if = "Option::is_none")]
    pub serial_chain: Option<Vec<SourcesApprovalconfigSerialChainInner>>,
    /// Determines whether a comment is required when approving or rejecting the approval request.
    #[serde(rename = "requiresComment", skip_serializing_if = "Option::is_none")]
    pub requires_comment: Option<SourcesApprovalconfigRequiresComment>,
    /// Configuration for fallback approver. Used if the user cannot be found for whatever reason and escalation config does not exist.
    #[serde(rename = "fallbackApprover", skip_serializing_if = "Option::is_none")]
    pub fallback_approver: Option<SourcesApprovalconfigFallbackApprover>,
    /// Specifies how to treat the identity type "MANAGER_OF" when the requestee is a machine identity.
    #[serde(
        rename = "machineIdentityManagerAssignment",
        skip_serializing_if = "Option::is_none"
    )]
    pub machine_identity_manager_assignment: Option<
        SourcesApprovalconfigMachineIdentityManagerAssignment,
    >,
    /// When true, all approvals will be created with the status "PASSED" effectively skipping the approval process. Note this field should only be used for Machine Account or Machine related approvals.
    #[serde(
        rename = "circumventApprovalProcess",
        skip_serializing_if = "Option::is_none"
    )]
    pub circumvent_approval_process: Option<bool>,
    /// OFF will prevent the approval request from being assigned to the requester or requestee by assigning it to their manager instead.
    /// DIRECT when the requester != requestee this will cause steps assigned directly to the requester to be auto-approved.
    /// INDIRECT when the requester != requestee this will cause steps assigned to the requester or a group containing the requester to be auto-approved.
    /// This field will only be effective if requestedTarget.reauthRequired is set to false, otherwise the approval will have to be manually approved.
    #[serde(rename = "autoApprove", skip_serializing_if = "Option::is_none")]
    pub auto_approve: Option<SourcesApprovalconfigAutoApprove>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourcesApprovalconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SourcesApprovalconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SourcesApprovalconfig {
    const NAME: &'static str = "SourcesApprovalconfig";

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
            "reminderConfig" => self.reminder_config = map.next_value()?,
            "escalationConfig" => self.escalation_config = map.next_value()?,
            "timeoutConfig" => self.timeout_config = map.next_value()?,
            "cronTimezone" => self.cron_timezone = map.next_value()?,
            "serialChain" => self.serial_chain = map.next_value()?,
            "requiresComment" => self.requires_comment = map.next_value()?,
            "fallbackApprover" => self.fallback_approver = map.next_value()?,
            "machineIdentityManagerAssignment" => {
                self.machine_identity_manager_assignment = map.next_value()?;
            }
            "circumventApprovalProcess" => {
                self.circumvent_approval_process = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "autoApprove" => self.auto_approve = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
