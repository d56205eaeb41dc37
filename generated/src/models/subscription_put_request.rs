//! `SubscriptionPutRequest`, from `beta/schemas/SubscriptionPutRequest.yaml`.

use crate::models::{EventBridgeConfig, HttpConfig, SubscriptionType};

/// `SubscriptionPutRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SubscriptionPutRequest {
    /// Subscription name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Subscription description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
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

impl SubscriptionPutRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SubscriptionPutRequest {
            name: None,
            description: None,
            r#type: None,
            response_deadline: None,
            http_config: None,
            event_bridge_config: None,
            enabled: None,
            filter: None,
            additional_properties: Default::default(),
        }
    }
}
