//! `InvocationStatus`, from `beta/schemas/InvocationStatus.yaml`.

use crate::models::{CompleteInvocationInput, InvocationStatusType, StartInvocationInput};

/// `InvocationStatus` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvocationStatus {
    /// Invocation ID
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Trigger ID
    #[serde(rename = "triggerId", default, deserialize_with = "crate::lenient::string")]
    pub trigger_id: String,
    /// Subscription name
    #[serde(
        rename = "subscriptionName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub subscription_name: String,
    /// Subscription ID
    #[serde(
        rename = "subscriptionId",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub subscription_id: String,
    pub r#type: InvocationStatusType,
    /// Invocation created timestamp. ISO-8601 in UTC.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// Invocation completed timestamp; empty fields imply invocation is in-flight or not completed. ISO-8601 in UTC.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Data related to start of trigger invocation.
    #[serde(rename = "startInvocationInput")]
    pub start_invocation_input: StartInvocationInput,
    /// Data related to end of trigger invocation.
    #[serde(
        rename = "completeInvocationInput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub complete_invocation_input: Option<CompleteInvocationInput>,
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
            r#type,
            created,
            completed: None,
            start_invocation_input,
            complete_invocation_input: None,
        }
    }
}
