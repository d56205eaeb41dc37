//! `VaClusterStatusChangeEventPreviousHealthCheckResult`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml#/properties/previousHealthCheckResult`.

use crate::models::VaClusterStatusChangeEventPreviousHealthCheckResultStatus;

/// Results of the last health check.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VaClusterStatusChangeEventPreviousHealthCheckResult {
    /// Detailed message of the health check result.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub message: String,
    /// Health check result type.
    #[serde(rename = "resultType", default, deserialize_with = "crate::lenient::string")]
    pub result_type: String,
    /// Health check status.
    pub status: VaClusterStatusChangeEventPreviousHealthCheckResultStatus,
}

impl VaClusterStatusChangeEventPreviousHealthCheckResult {
    /// Builds the value from its required fields.
    pub fn new(
        message: impl Into<String>,
        result_type: impl Into<String>,
        status: VaClusterStatusChangeEventPreviousHealthCheckResultStatus,
    ) -> Self {
        VaClusterStatusChangeEventPreviousHealthCheckResult {
            message: message.into(),
            result_type: result_type.into(),
            status,
        }
    }
}
