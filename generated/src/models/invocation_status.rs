//! `InvocationStatus`, from `beta/schemas/InvocationStatus.yaml`.

use crate::models::{CompleteInvocationInput, InvocationStatusType, StartInvocationInput};

/// `InvocationStatus` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InvocationStatus {
    /// Invocation ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Trigger ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "triggerId", default, deserialize_with = "crate::lenient::string")]
    pub trigger_id: String,
    /// Subscription name
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "subscriptionName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub subscription_name: String,
    /// Subscription ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "subscriptionId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub subscription_id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<InvocationStatusType>,
    /// Invocation created timestamp. ISO-8601 in UTC.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Invocation completed timestamp; empty fields imply invocation is in-flight or not completed. ISO-8601 in UTC.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Data related to start of trigger invocation.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "startInvocationInput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_invocation_input: Option<StartInvocationInput>,
    /// Data related to end of trigger invocation.
    #[serde(
        rename = "completeInvocationInput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub complete_invocation_input: Option<CompleteInvocationInput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl InvocationStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        trigger_id: impl Into<String>,
        subscription_name: impl Into<String>,
        subscription_id: impl Into<String>,
        r#type: InvocationStatusType,
        created: chrono::DateTime<chrono::Utc>,
        start_invocation_input: StartInvocationInput,
    ) -> Self {
        InvocationStatus {
            id: id.into(),
            trigger_id: trigger_id.into(),
            subscription_name: subscription_name.into(),
            subscription_id: subscription_id.into(),
            r#type: Some(r#type),
            created: Some(created),
            completed: None,
            start_invocation_input: Some(start_invocation_input),
            complete_invocation_input: None,
            additional_properties: Default::default(),
        }
    }
}
