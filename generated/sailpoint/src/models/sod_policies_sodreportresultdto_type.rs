//! `SodPoliciesSodreportresultdtoType`, from `apis/sod-policies/schemas/sodreportresultdto.yaml#/properties/type`.

/// SOD policy violation report result DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodPoliciesSodreportresultdtoType {
    /// `REPORT_RESULT`
    ReportResult,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodPoliciesSodreportresultdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodPoliciesSodreportresultdtoType::ReportResult => "REPORT_RESULT",
            SodPoliciesSodreportresultdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodPoliciesSodreportresultdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REPORT_RESULT" => SodPoliciesSodreportresultdtoType::ReportResult,
            other => SodPoliciesSodreportresultdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodPoliciesSodreportresultdtoType);
