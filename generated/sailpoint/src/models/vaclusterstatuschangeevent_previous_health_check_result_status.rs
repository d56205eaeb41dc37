//! `VaclusterstatuschangeeventPreviousHealthCheckResultStatus`, from `apis/triggers/schemas/vaclusterstatuschangeevent.yaml#/properties/previousHealthCheckResult/properties/status`.

/// The status of the health check.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VaclusterstatuschangeeventPreviousHealthCheckResultStatus {
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl VaclusterstatuschangeeventPreviousHealthCheckResultStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            VaclusterstatuschangeeventPreviousHealthCheckResultStatus::Succeeded => {
                "Succeeded"
            }
            VaclusterstatuschangeeventPreviousHealthCheckResultStatus::Failed => "Failed",
            VaclusterstatuschangeeventPreviousHealthCheckResultStatus::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for VaclusterstatuschangeeventPreviousHealthCheckResultStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Succeeded" => {
                VaclusterstatuschangeeventPreviousHealthCheckResultStatus::Succeeded
            }
            "Failed" => VaclusterstatuschangeeventPreviousHealthCheckResultStatus::Failed,
            other => {
                VaclusterstatuschangeeventPreviousHealthCheckResultStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(VaclusterstatuschangeeventPreviousHealthCheckResultStatus);
