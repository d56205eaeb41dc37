//! `VaClusterStatusChangeEventHealthCheckResult`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml#/properties/healthCheckResult`.

use crate::models::VaClusterStatusChangeEventHealthCheckResultStatus;

/// Results of the most recent health check.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VaClusterStatusChangeEventHealthCheckResult {
    /// Detailed message of the health check result..
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub message: String,
    /// Health check result type.
    #[serde(rename = "resultType", default, deserialize_with = "crate::lenient::string")]
    pub result_type: String,
    /// Health check status.
    pub status: VaClusterStatusChangeEventHealthCheckResultStatus,
}

impl VaClusterStatusChangeEventHealthCheckResult {
    /// Builds the value from its required fields.
    pub fn new(
        message: impl Into<String>,
        result_type: impl Into<String>,
        status: VaClusterStatusChangeEventHealthCheckResultStatus,
    ) -> Self {
        VaClusterStatusChangeEventHealthCheckResult {
            message: message.into(),
            result_type: result_type.into(),
            status,
        }
    }
}
