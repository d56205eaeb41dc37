//! `VaclusterstatuschangeeventHealthCheckResultStatus`, from `apis/triggers/schemas/vaclusterstatuschangeevent.yaml#/properties/healthCheckResult/properties/status`.

/// The status of the health check.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VaclusterstatuschangeeventHealthCheckResultStatus {
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl VaclusterstatuschangeeventHealthCheckResultStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            VaclusterstatuschangeeventHealthCheckResultStatus::Succeeded => "Succeeded",
            VaclusterstatuschangeeventHealthCheckResultStatus::Failed => "Failed",
            VaclusterstatuschangeeventHealthCheckResultStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for VaclusterstatuschangeeventHealthCheckResultStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Succeeded" => VaclusterstatuschangeeventHealthCheckResultStatus::Succeeded,
            "Failed" => VaclusterstatuschangeeventHealthCheckResultStatus::Failed,
            other => {
                VaclusterstatuschangeeventHealthCheckResultStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(VaclusterstatuschangeeventHealthCheckResultStatus);
