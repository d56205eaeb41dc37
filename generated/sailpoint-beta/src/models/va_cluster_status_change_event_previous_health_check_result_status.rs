//! `VaClusterStatusChangeEventPreviousHealthCheckResultStatus`, from `beta/schemas/trigger/example-input/VAClusterStatusChangeEvent.yaml#/properties/previousHealthCheckResult/properties/status`.

/// Health check status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VaClusterStatusChangeEventPreviousHealthCheckResultStatus {
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl VaClusterStatusChangeEventPreviousHealthCheckResultStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            VaClusterStatusChangeEventPreviousHealthCheckResultStatus::Succeeded => {
                "Succeeded"
            }
            VaClusterStatusChangeEventPreviousHealthCheckResultStatus::Failed => "Failed",
            VaClusterStatusChangeEventPreviousHealthCheckResultStatus::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for VaClusterStatusChangeEventPreviousHealthCheckResultStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Succeeded" => {
                VaClusterStatusChangeEventPreviousHealthCheckResultStatus::Succeeded
            }
            "Failed" => VaClusterStatusChangeEventPreviousHealthCheckResultStatus::Failed,
            other => {
                VaClusterStatusChangeEventPreviousHealthCheckResultStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(VaClusterStatusChangeEventPreviousHealthCheckResultStatus);
