//! `ReportResultReferenceStatus`, from `beta/schemas/ReportResultReference.yaml#/allOf/1/properties/status`.

/// Status of a SOD policy violation report.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReportResultReferenceStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMP_ERROR`
    TempError,
    /// `PENDING`
    Pending,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReportResultReferenceStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReportResultReferenceStatus::Success => "SUCCESS",
            ReportResultReferenceStatus::Warning => "WARNING",
            ReportResultReferenceStatus::Error => "ERROR",
            ReportResultReferenceStatus::Terminated => "TERMINATED",
            ReportResultReferenceStatus::TempError => "TEMP_ERROR",
            ReportResultReferenceStatus::Pending => "PENDING",
            ReportResultReferenceStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportResultReferenceStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => ReportResultReferenceStatus::Success,
            "WARNING" => ReportResultReferenceStatus::Warning,
            "ERROR" => ReportResultReferenceStatus::Error,
            "TERMINATED" => ReportResultReferenceStatus::Terminated,
            "TEMP_ERROR" => ReportResultReferenceStatus::TempError,
            "PENDING" => ReportResultReferenceStatus::Pending,
            other => ReportResultReferenceStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReportResultReferenceStatus);
