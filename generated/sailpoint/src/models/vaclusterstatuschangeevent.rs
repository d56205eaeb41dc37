//! `Vaclusterstatuschangeevent`, from `apis/triggers/schemas/vaclusterstatuschangeevent.yaml`.

use crate::models::{
    VaclusterstatuschangeeventApplication, VaclusterstatuschangeeventHealthCheckResult,
    VaclusterstatuschangeeventPreviousHealthCheckResult, VaclusterstatuschangeeventType,
};

/// `Vaclusterstatuschangeevent` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Vaclusterstatuschangeevent {
    /// The date and time the status change occurred.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The type of the object that initiated this event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<VaclusterstatuschangeeventType>,
    /// Details about the `CLUSTER` or `SOURCE` that initiated this event.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<VaclusterstatuschangeeventApplication>,
    /// The results of the most recent health check.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "healthCheckResult", skip_serializing_if = "Option::is_none")]
    pub health_check_result: Option<VaclusterstatuschangeeventHealthCheckResult>,
    /// The results of the last health check.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "previousHealthCheckResult",
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_health_check_result: Option<
        VaclusterstatuschangeeventPreviousHealthCheckResult,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Vaclusterstatuschangeevent {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        created: chrono::DateTime<chrono::Utc>,
        r#type: VaclusterstatuschangeeventType,
        application: VaclusterstatuschangeeventApplication,
        health_check_result: VaclusterstatuschangeeventHealthCheckResult,
        previous_health_check_result: VaclusterstatuschangeeventPreviousHealthCheckResult,
    ) -> Self {
        Vaclusterstatuschangeevent {
            created: Some(created),
            r#type: Some(r#type),
            application: Some(application),
            health_check_result: Some(health_check_result),
            previous_health_check_result: Some(previous_health_check_result),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Vaclusterstatuschangeevent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Vaclusterstatuschangeevent {
    const NAME: &'static str = "Vaclusterstatuschangeevent";

    #[inline]
    fn empty() -> Self {
        Vaclusterstatuschangeevent {
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
