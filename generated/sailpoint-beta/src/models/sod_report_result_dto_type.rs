//! `SodReportResultDtoType`, from `v3/schemas/SodReportResultDto.yaml#/properties/type`.

/// SOD policy violation report result DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodReportResultDtoType {
    /// `REPORT_RESULT`
    ReportResult,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodReportResultDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodReportResultDtoType::ReportResult => "REPORT_RESULT",
            SodReportResultDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodReportResultDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REPORT_RESULT" => SodReportResultDtoType::ReportResult,
            other => SodReportResultDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodReportResultDtoType);
