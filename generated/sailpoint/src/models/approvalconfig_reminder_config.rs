//! `ApprovalconfigReminderConfig`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/reminderConfig`.

/// Configuration for reminders.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApprovalconfigReminderConfig {
    /// Indicates if reminders are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of days until the first reminder.
    #[serde(rename = "daysUntilFirstReminder", skip_serializing_if = "Option::is_none")]
    pub days_until_first_reminder: Option<i64>,
    /// Cron schedule for reminders.
    #[serde(rename = "reminderCronSchedule", skip_serializing_if = "Option::is_none")]
    pub reminder_cron_schedule: Option<String>,
    /// Maximum number of reminders. Max is 20.
    #[serde(rename = "maxReminders", skip_serializing_if = "Option::is_none")]
    pub max_reminders: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ApprovalconfigReminderConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ApprovalconfigReminderConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ApprovalconfigReminderConfig {
    const NAME: &'static str = "ApprovalconfigReminderConfig";

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
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "daysUntilFirstReminder" => {
                self.days_until_first_reminder = map.next_value()?;
            }
            "reminderCronSchedule" => {
                self.reminder_cron_schedule = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "maxReminders" => self.max_reminders = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
