//! `UncorrelatedAccountsReportArgumentsSelectedFormatsInner`, from `apis/reports-data-extraction/schemas/uncorrelated-accounts-report-arguments.yaml#/properties/selectedFormats/items`.

/// `UncorrelatedAccountsReportArgumentsSelectedFormatsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UncorrelatedAccountsReportArgumentsSelectedFormatsInner {
    /// `CSV`
    Csv,
    /// `PDF`
    Pdf,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UncorrelatedAccountsReportArgumentsSelectedFormatsInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            UncorrelatedAccountsReportArgumentsSelectedFormatsInner::Csv => "CSV",
            UncorrelatedAccountsReportArgumentsSelectedFormatsInner::Pdf => "PDF",
            UncorrelatedAccountsReportArgumentsSelectedFormatsInner::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for UncorrelatedAccountsReportArgumentsSelectedFormatsInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CSV" => UncorrelatedAccountsReportArgumentsSelectedFormatsInner::Csv,
            "PDF" => UncorrelatedAccountsReportArgumentsSelectedFormatsInner::Pdf,
            other => {
                UncorrelatedAccountsReportArgumentsSelectedFormatsInner::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(UncorrelatedAccountsReportArgumentsSelectedFormatsInner);
