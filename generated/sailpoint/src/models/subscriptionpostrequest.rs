//! `Subscriptionpostrequest`, from `apis/triggers/schemas/subscriptionpostrequest.yaml`.

use crate::models::{Eventbridgeconfig, Httpconfig, Subscriptiontype};

/// `Subscriptionpostrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Subscriptionpostrequest {
    /// Subscription name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Subscription description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ID of trigger subscribed to.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "triggerId")]
    pub trigger_id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
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

impl Subscriptionpostrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        trigger_id: impl Into<String>,
        r#type: Subscriptiontype,
    ) -> Self {
        Subscriptionpostrequest {
            name: name.into(),
            description: None,
            trigger_id: trigger_id.into(),
            r#type: Some(r#type),
            response_deadline: None,
            http_config: None,
            event_bridge_config: None,
            enabled: None,
            filter: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Subscriptionpostrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Subscriptionpostrequest {
    const NAME: &'static str = "Subscriptionpostrequest";

    #[inline]
    fn empty() -> Self {
        Subscriptionpostrequest {
            name: Default::default(),
            description: None,
            trigger_id: Default::default(),
            r#type: None,
            response_deadline: None,
            http_config: None,
            event_bridge_config: None,
            enabled: None,
            filter: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "triggerId" => self.trigger_id = map.next_value_seed(crate::lenient::Text)?,
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
