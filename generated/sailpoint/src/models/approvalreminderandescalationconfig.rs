//! `Approvalreminderandescalationconfig`, from `apis/access-requests/schemas/approvalreminderandescalationconfig.yaml`.

use crate::models::Identityreferencewithnameandemail;

/// Configuration for approval reminder and escalation behavior. Important: Modifying this object will override the sp-approval service's reminderConfig and escalationConfig settings. Changes made here take precedence over any configuration set directly in the sp-approval service.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalreminderandescalationconfig {
    /// Number of days to wait before the first reminder. If no reminders are configured, then this is the number of days to wait before escalation.
    #[serde(rename = "daysUntilEscalation", skip_serializing_if = "Option::is_none")]
    pub days_until_escalation: Option<i32>,
    /// Number of days to wait between reminder notifications.
    #[serde(rename = "daysBetweenReminders", skip_serializing_if = "Option::is_none")]
    pub days_between_reminders: Option<i32>,
    /// Maximum number of reminder notifications to send to the reviewer before approval escalation. The maximum allowed value is 20.
    #[serde(rename = "maxReminders", skip_serializing_if = "Option::is_none")]
    pub max_reminders: Option<i32>,
    #[serde(rename = "fallbackApproverRef", skip_serializing_if = "Option::is_none")]
    pub fallback_approver_ref: Option<Identityreferencewithnameandemail>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalreminderandescalationconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalreminderandescalationconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalreminderandescalationconfig {
    const NAME: &'static str = "Approvalreminderandescalationconfig";

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
            "daysUntilEscalation" => self.days_until_escalation = map.next_value()?,
            "daysBetweenReminders" => self.days_between_reminders = map.next_value()?,
            "maxReminders" => self.max_reminders = map.next_value()?,
            "fallbackApproverRef" => self.fallback_approver_ref = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
