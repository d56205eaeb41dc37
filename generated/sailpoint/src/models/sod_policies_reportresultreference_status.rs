//! `SodPoliciesReportresultreferenceStatus`, from `apis/sod-policies/schemas/reportresultreference.yaml#/allOf/1/properties/status`.

/// Status of a SOD policy violation report.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodPoliciesReportresultreferenceStatus {
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

impl SodPoliciesReportresultreferenceStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodPoliciesReportresultreferenceStatus::Success => "SUCCESS",
            SodPoliciesReportresultreferenceStatus::Warning => "WARNING",
            SodPoliciesReportresultreferenceStatus::Error => "ERROR",
            SodPoliciesReportresultreferenceStatus::Terminated => "TERMINATED",
            SodPoliciesReportresultreferenceStatus::TempError => "TEMP_ERROR",
            SodPoliciesReportresultreferenceStatus::Pending => "PENDING",
            SodPoliciesReportresultreferenceStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodPoliciesReportresultreferenceStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => SodPoliciesReportresultreferenceStatus::Success,
            "WARNING" => SodPoliciesReportresultreferenceStatus::Warning,
            "ERROR" => SodPoliciesReportresultreferenceStatus::Error,
            "TERMINATED" => SodPoliciesReportresultreferenceStatus::Terminated,
            "TEMP_ERROR" => SodPoliciesReportresultreferenceStatus::TempError,
            "PENDING" => SodPoliciesReportresultreferenceStatus::Pending,
            other => SodPoliciesReportresultreferenceStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodPoliciesReportresultreferenceStatus);
