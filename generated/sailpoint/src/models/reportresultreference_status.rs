//! `ReportresultreferenceStatus`, from `apis/certification-campaigns/schemas/reportresultreference.yaml#/allOf/1/properties/status`.

/// Status of a SOD policy violation report.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReportresultreferenceStatus {
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

impl ReportresultreferenceStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReportresultreferenceStatus::Success => "SUCCESS",
            ReportresultreferenceStatus::Warning => "WARNING",
            ReportresultreferenceStatus::Error => "ERROR",
            ReportresultreferenceStatus::Terminated => "TERMINATED",
            ReportresultreferenceStatus::TempError => "TEMP_ERROR",
            ReportresultreferenceStatus::Pending => "PENDING",
            ReportresultreferenceStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportresultreferenceStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => ReportresultreferenceStatus::Success,
            "WARNING" => ReportresultreferenceStatus::Warning,
            "ERROR" => ReportresultreferenceStatus::Error,
            "TERMINATED" => ReportresultreferenceStatus::Terminated,
            "TEMP_ERROR" => ReportresultreferenceStatus::TempError,
            "PENDING" => ReportresultreferenceStatus::Pending,
            other => ReportresultreferenceStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReportresultreferenceStatus);
