//! `ApprovalReminderAndEscalationConfig`, from `v3/schemas/ApprovalReminderAndEscalationConfig.yaml`.

use crate::models::IdentityReferenceWithNameAndEmail;

/// `ApprovalReminderAndEscalationConfig` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApprovalReminderAndEscalationConfig {
    /// Number of days to wait before the first reminder. If no reminders are configured, then this is the number of days to wait before escalation.
    #[serde(
        rename = "daysUntilEscalation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub days_until_escalation: Option<i32>,
    /// Number of days to wait between reminder notifications.
    #[serde(
        rename = "daysBetweenReminders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub days_between_reminders: Option<i32>,
    /// Maximum number of reminder notification to send to the reviewer before approval escalation.
    #[serde(rename = "maxReminders", default, skip_serializing_if = "Option::is_none")]
    pub max_reminders: Option<i32>,
    #[serde(
        rename = "fallbackApproverRef",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fallback_approver_ref: Option<IdentityReferenceWithNameAndEmail>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ApprovalReminderAndEscalationConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ApprovalReminderAndEscalationConfig {
            days_until_escalation: None,
            days_between_reminders: None,
            max_reminders: None,
            fallback_approver_ref: None,
            additional_properties: Default::default(),
        }
    }
}
