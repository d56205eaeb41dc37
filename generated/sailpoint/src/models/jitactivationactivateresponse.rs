//! `Jitactivationactivateresponse`, from `apis/jit-activations/schemas/jitactivationactivateresponse.yaml`.

use crate::models::Activationworkflowstatus;

/// `Jitactivationactivateresponse` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jitactivationactivateresponse {
    /// Workflow or business identifier for this activation.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Persistent activation record identifier for this JIT activation.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "activationId")]
    pub activation_id: String,
    /// Entitlement connection identifier for the activation.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "connectionId")]
    pub connection_id: String,
    /// Activation duration in minutes for this workflow.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "activationPeriodMins")]
    pub activation_period_mins: i32,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Activationworkflowstatus>,
    /// Time when the activation workflow was started (ISO-8601).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "startTime", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jitactivationactivateresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        activation_id: impl Into<String>,
        connection_id: impl Into<String>,
        activation_period_mins: i32,
        status: Activationworkflowstatus,
        start_time: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Jitactivationactivateresponse {
            id: id.into(),
            activation_id: activation_id.into(),
            connection_id: connection_id.into(),
            activation_period_mins,
            status: Some(status),
            start_time: Some(start_time),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Jitactivationactivateresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jitactivationactivateresponse {
    const NAME: &'static str = "Jitactivationactivateresponse";

    #[inline]
    fn empty() -> Self {
        Jitactivationactivateresponse {
            id: Default::default(),
            activation_id: Default::default(),
            connection_id: Default::default(),
            activation_period_mins: Default::default(),
            status: None,
            start_time: None,
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
            "activationId" => {
                self.activation_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "connectionId" => {
                self.connection_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "activationPeriodMins" => {
                self.activation_period_mins = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "status" => self.status = map.next_value()?,
            "startTime" => {
                self.start_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
