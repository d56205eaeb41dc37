//! `ApprovalconfigEscalationConfig`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/escalationConfig`.

use crate::models::ApprovalconfigEscalationConfigEscalationChainInner;

/// Configuration for escalations.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApprovalconfigEscalationConfig {
    /// Indicates if escalations are enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of days until the first escalation.
    #[serde(
        rename = "daysUntilFirstEscalation",
        skip_serializing_if = "Option::is_none"
    )]
    pub days_until_first_escalation: Option<i64>,
    /// Cron schedule for escalations.
    #[serde(rename = "escalationCronSchedule", skip_serializing_if = "Option::is_none")]
    pub escalation_cron_schedule: Option<String>,
    /// Escalation chain configuration.
    #[serde(rename = "escalationChain", skip_serializing_if = "Option::is_none")]
    pub escalation_chain: Option<
        Vec<ApprovalconfigEscalationConfigEscalationChainInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ApprovalconfigEscalationConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ApprovalconfigEscalationConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ApprovalconfigEscalationConfig {
    const NAME: &'static str = "ApprovalconfigEscalationConfig";

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
            "daysUntilFirstEscalation" => {
                self.days_until_first_escalation = map.next_value()?;
            }
            "escalationCronSchedule" => {
                self.escalation_cron_schedule = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "escalationChain" => self.escalation_chain = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
