//! `OrphanIdentitiesReportArgumentsSelectedFormatsInner`, from `apis/reports-data-extraction/schemas/orphan-identities-report-arguments.yaml#/properties/selectedFormats/items`.

/// `OrphanIdentitiesReportArgumentsSelectedFormatsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrphanIdentitiesReportArgumentsSelectedFormatsInner {
    /// `CSV`
    Csv,
    /// `PDF`
    Pdf,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl OrphanIdentitiesReportArgumentsSelectedFormatsInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            OrphanIdentitiesReportArgumentsSelectedFormatsInner::Csv => "CSV",
            OrphanIdentitiesReportArgumentsSelectedFormatsInner::Pdf => "PDF",
            OrphanIdentitiesReportArgumentsSelectedFormatsInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrphanIdentitiesReportArgumentsSelectedFormatsInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CSV" => OrphanIdentitiesReportArgumentsSelectedFormatsInner::Csv,
            "PDF" => OrphanIdentitiesReportArgumentsSelectedFormatsInner::Pdf,
            other => {
                OrphanIdentitiesReportArgumentsSelectedFormatsInner::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(OrphanIdentitiesReportArgumentsSelectedFormatsInner);
