//! `SodreportresultdtoType`, from `apis/certification-campaigns/schemas/sodreportresultdto.yaml#/properties/type`.

/// SOD policy violation report result DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodreportresultdtoType {
    /// `REPORT_RESULT`
    ReportResult,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodreportresultdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodreportresultdtoType::ReportResult => "REPORT_RESULT",
            SodreportresultdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodreportresultdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REPORT_RESULT" => SodreportresultdtoType::ReportResult,
            other => SodreportresultdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodreportresultdtoType);
