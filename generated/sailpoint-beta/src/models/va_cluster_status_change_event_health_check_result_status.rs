//! `VaClusterStatusChangeEventHealthCheckResultStatus`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml#/properties/healthCheckResult/properties/status`.

/// Health check status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VaClusterStatusChangeEventHealthCheckResultStatus {
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl VaClusterStatusChangeEventHealthCheckResultStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            VaClusterStatusChangeEventHealthCheckResultStatus::Succeeded => "Succeeded",
            VaClusterStatusChangeEventHealthCheckResultStatus::Failed => "Failed",
            VaClusterStatusChangeEventHealthCheckResultStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for VaClusterStatusChangeEventHealthCheckResultStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Succeeded" => VaClusterStatusChangeEventHealthCheckResultStatus::Succeeded,
            "Failed" => VaClusterStatusChangeEventHealthCheckResultStatus::Failed,
            other => {
                VaClusterStatusChangeEventHealthCheckResultStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(VaClusterStatusChangeEventHealthCheckResultStatus);
