//! `Subscriptionputrequest`, from `apis/triggers/schemas/subscriptionputrequest.yaml`.

use crate::models::{Eventbridgeconfig, Httpconfig, Subscriptiontype};

/// `Subscriptionputrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Subscriptionputrequest {
    /// Subscription name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Subscription description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Subscriptiontype>,
    /// Deadline for completing REQUEST_RESPONSE trigger invocation, represented in ISO-8601 duration format.
    #[serde(rename = "responseDeadline", skip_serializing_if = "Option::is_none")]
    pub response_deadline: Option<String>,
    /// Config required if HTTP subscription type is used.
    #[serde(rename = "httpConfig", skip_serializing_if = "Option::is_none")]
    pub http_config: Option<Httpconfig>,
    /// Config required if EVENTBRIDGE subscription type is used.
    #[serde(rename = "eventBridgeConfig", skip_serializing_if = "Option::is_none")]
    pub event_bridge_config: Option<Eventbridgeconfig>,
    /// Whether subscription should receive real-time trigger invocations or not.
    ///
    /// Test trigger invocations are always enabled regardless of this option.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Subscriptionputrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Subscriptionputrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Subscriptionputrequest {
    const NAME: &'static str = "Subscriptionputrequest";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "responseDeadline" => {
                self.response_deadline = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "httpConfig" => self.http_config = map.next_value()?,
            "eventBridgeConfig" => self.event_bridge_config = map.next_value()?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "filter" => self.filter = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
