//! `VaClusterStatusChangeEventHealthCheckResult`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml#/properties/healthCheckResult`.

use crate::models::VaClusterStatusChangeEventHealthCheckResultStatus;

/// Results of the most recent health check.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct VaClusterStatusChangeEventHealthCheckResult {
    /// Detailed message of the health check result..
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub message: String,
    /// Health check result type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "resultType", default, deserialize_with = "crate::lenient::string")]
    pub result_type: String,
    /// Health check status.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<VaClusterStatusChangeEventHealthCheckResultStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl VaClusterStatusChangeEventHealthCheckResult {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        message: impl Into<String>,
        result_type: impl Into<String>,
        status: VaClusterStatusChangeEventHealthCheckResultStatus,
    ) -> Self {
        VaClusterStatusChangeEventHealthCheckResult {
            message: message.into(),
            result_type: result_type.into(),
            status: Some(status),
            additional_properties: Default::default(),
        }
    }
}
