//! `VaClusterStatusChangeEvent`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml`.

use crate::models::{
    VaClusterStatusChangeEventApplication, VaClusterStatusChangeEventHealthCheckResult,
    VaClusterStatusChangeEventPreviousHealthCheckResult, VaClusterStatusChangeEventType,
};

/// `VaClusterStatusChangeEvent` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VaClusterStatusChangeEvent {
    /// Date and time when the status change occurred.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// Type of the object that initiated the event.
    pub r#type: VaClusterStatusChangeEventType,
    /// Details about the `CLUSTER` or `SOURCE` that initiated the event.
    pub application: VaClusterStatusChangeEventApplication,
    /// Results of the most recent health check.
    #[serde(rename = "healthCheckResult")]
    pub health_check_result: VaClusterStatusChangeEventHealthCheckResult,
    /// Results of the last health check.
    #[serde(rename = "previousHealthCheckResult")]
    pub previous_health_check_result: VaClusterStatusChangeEventPreviousHealthCheckResult,
}

impl VaClusterStatusChangeEvent {
    /// Builds the value from its required fields.
    pub fn new(
        created: chrono::DateTime<chrono::Utc>,
        r#type: VaClusterStatusChangeEventType,
        application: VaClusterStatusChangeEventApplication,
        health_check_result: VaClusterStatusChangeEventHealthCheckResult,
        previous_health_check_result: VaClusterStatusChangeEventPreviousHealthCheckResult,
    ) -> Self {
        VaClusterStatusChangeEvent {
            created,
            r#type,
            application,
            health_check_result,
            previous_health_check_result,
        }
    }
}
