//! `Invocationstatus`, from `apis/triggers/schemas/invocationstatus.yaml`.

use crate::models::{Completeinvocationinput, Invocationstatustype, Startinvocationinput};

/// `Invocationstatus` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Invocationstatus {
    /// Invocation ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Trigger ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "triggerId")]
    pub trigger_id: String,
    /// Subscription name
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "subscriptionName")]
    pub subscription_name: String,
    /// Subscription ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "subscriptionId")]
    pub subscription_id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Invocationstatustype>,
    /// Invocation created timestamp. ISO-8601 in UTC.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Invocation completed timestamp; empty fields imply invocation is in-flight or not completed. ISO-8601 in UTC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Data related to start of trigger invocation.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "startInvocationInput", skip_serializing_if = "Option::is_none")]
    pub start_invocation_input: Option<Startinvocationinput>,
    /// Data related to end of trigger invocation.
    #[serde(rename = "completeInvocationInput", skip_serializing_if = "Option::is_none")]
    pub complete_invocation_input: Option<Completeinvocationinput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Invocationstatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        trigger_id: impl Into<String>,
        subscription_name: impl Into<String>,
        subscription_id: impl Into<String>,
        r#type: Invocationstatustype,
        created: chrono::DateTime<chrono::Utc>,
        start_invocation_input: Startinvocationinput,
    ) -> Self {
        Invocationstatus {
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

impl<'de> serde::Deserialize<'de> for Invocationstatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Invocationstatus {
    const NAME: &'static str = "Invocationstatus";

    #[inline]
    fn empty() -> Self {
        Invocationstatus {
            id: Default::default(),
            trigger_id: Default::default(),
            subscription_name: Default::default(),
            subscription_id: Default::default(),
            r#type: None,
            created: None,
            completed: None,
            start_invocation_input: None,
            complete_invocation_input: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "triggerId" => self.trigger_id = map.next_value_seed(crate::lenient::Text)?,
            "subscriptionName" => {
                self.subscription_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "subscriptionId" => {
                self.subscription_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "type" => self.r#type = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "startInvocationInput" => self.start_invocation_input = map.next_value()?,
            "completeInvocationInput" => {
                self.complete_invocation_input = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
