//! `SubscriptionPostRequest`, from `beta/schemas/SubscriptionPostRequest.yaml`.

use crate::models::{EventBridgeConfig, HttpConfig, SubscriptionType};

/// `SubscriptionPostRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubscriptionPostRequest {
    /// Subscription name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Subscription description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// ID of trigger subscribed to.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "triggerId", default, deserialize_with = "crate::lenient::string")]
    pub trigger_id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SubscriptionType>,
    /// Deadline for completing REQUEST_RESPONSE trigger invocation, represented in ISO-8601 duration format.
    #[serde(
        rename = "responseDeadline",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub response_deadline: Option<String>,
    /// Config required if HTTP subscription type is used.
    #[serde(rename = "httpConfig", default, skip_serializing_if = "Option::is_none")]
    pub http_config: Option<HttpConfig>,
    /// Config required if EVENTBRIDGE subscription type is used.
    #[serde(
        rename = "eventBridgeConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub event_bridge_config: Option<EventBridgeConfig>,
    /// Whether subscription should receive real-time trigger invocations or not.
    ///
    /// Test trigger invocations are always enabled regardless of this option.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub enabled: Option<bool>,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub filter: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SubscriptionPostRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        trigger_id: impl Into<String>,
        r#type: SubscriptionType,
    ) -> Self {
        SubscriptionPostRequest {
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
