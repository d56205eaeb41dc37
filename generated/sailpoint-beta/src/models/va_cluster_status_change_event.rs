//! `VaClusterStatusChangeEvent`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml`.

use crate::models::{
    VaClusterStatusChangeEventApplication, VaClusterStatusChangeEventHealthCheckResult,
    VaClusterStatusChangeEventPreviousHealthCheckResult, VaClusterStatusChangeEventType,
};

/// `VaClusterStatusChangeEvent` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct VaClusterStatusChangeEvent {
    /// Date and time when the status change occurred.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Type of the object that initiated the event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<VaClusterStatusChangeEventType>,
    /// Details about the `CLUSTER` or `SOURCE` that initiated the event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<VaClusterStatusChangeEventApplication>,
    /// Results of the most recent health check.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "healthCheckResult", skip_serializing_if = "Option::is_none")]
    pub health_check_result: Option<VaClusterStatusChangeEventHealthCheckResult>,
    /// Results of the last health check.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "previousHealthCheckResult",
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_health_check_result: Option<
        VaClusterStatusChangeEventPreviousHealthCheckResult,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VaClusterStatusChangeEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        created: chrono::DateTime<chrono::Utc>,
        r#type: VaClusterStatusChangeEventType,
        application: VaClusterStatusChangeEventApplication,
        health_check_result: VaClusterStatusChangeEventHealthCheckResult,
        previous_health_check_result: VaClusterStatusChangeEventPreviousHealthCheckResult,
    ) -> Self {
        VaClusterStatusChangeEvent {
            created: Some(created),
            r#type: Some(r#type),
            application: Some(application),
            health_check_result: Some(health_check_result),
            previous_health_check_result: Some(previous_health_check_result),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for VaClusterStatusChangeEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for VaClusterStatusChangeEvent {
    const NAME: &'static str = "VaClusterStatusChangeEvent";

    #[inline]
    fn empty() -> Self {
        VaClusterStatusChangeEvent {
            created: None,
            r#type: None,
            application: None,
            health_check_result: None,
            previous_health_check_result: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "type" => self.r#type = map.next_value()?,
            "application" => self.application = map.next_value()?,
            "healthCheckResult" => self.health_check_result = map.next_value()?,
            "previousHealthCheckResult" => {
                self.previous_health_check_result = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
