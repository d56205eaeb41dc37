//! `GetReportV1FileFormat`, from `apis/reports-data-extraction/paths/reports-v1-by-taskresultid.yaml#/get/parameters/1/schema`.

/// `GetReportV1FileFormat` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetReportV1FileFormat {
    /// `csv`
    Csv,
    /// `pdf`
    Pdf,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetReportV1FileFormat {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GetReportV1FileFormat::Csv => "csv",
            GetReportV1FileFormat::Pdf => "pdf",
            GetReportV1FileFormat::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetReportV1FileFormat {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "csv" => GetReportV1FileFormat::Csv,
            "pdf" => GetReportV1FileFormat::Pdf,
            other => GetReportV1FileFormat::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GetReportV1FileFormat);
