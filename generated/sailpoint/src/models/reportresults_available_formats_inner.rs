//! `ReportresultsAvailableFormatsInner`, from `apis/reports-data-extraction/schemas/reportresults.yaml#/properties/availableFormats/items`.

/// `ReportresultsAvailableFormatsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReportresultsAvailableFormatsInner {
    /// `CSV`
    Csv,
    /// `PDF`
    Pdf,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ReportresultsAvailableFormatsInner {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ReportresultsAvailableFormatsInner::Csv => "CSV",
            ReportresultsAvailableFormatsInner::Pdf => "PDF",
            ReportresultsAvailableFormatsInner::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportresultsAvailableFormatsInner {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CSV" => ReportresultsAvailableFormatsInner::Csv,
            "PDF" => ReportresultsAvailableFormatsInner::Pdf,
            other => ReportresultsAvailableFormatsInner::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ReportresultsAvailableFormatsInner);
