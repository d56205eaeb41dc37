//! `ReportresultsStatus`, from `apis/reports-data-extraction/schemas/reportresults.yaml#/properties/status`.

/// Report current state or result status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReportresultsStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// `WARNING`
    Warning,
    /// `TERMINATED`
    Terminated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReportresultsStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReportresultsStatus::Success => "SUCCESS",
            ReportresultsStatus::Failure => "FAILURE",
            ReportresultsStatus::Warning => "WARNING",
            ReportresultsStatus::Terminated => "TERMINATED",
            ReportresultsStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportresultsStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => ReportresultsStatus::Success,
            "FAILURE" => ReportresultsStatus::Failure,
            "WARNING" => ReportresultsStatus::Warning,
            "TERMINATED" => ReportresultsStatus::Terminated,
            other => ReportresultsStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReportresultsStatus);
