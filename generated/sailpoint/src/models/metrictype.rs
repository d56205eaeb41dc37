//! `Metrictype`, from `apis/shared/schemas/metrictype.yaml`.

/// Enum representing the currently supported metric aggregation types.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Metrictype {
    /// `COUNT`
    Count,
    /// `UNIQUE_COUNT`
    UniqueCount,
    /// `AVG`
    Avg,
    /// `SUM`
    Sum,
    /// `MEDIAN`
    Median,
    /// `MIN`
    Min,
    /// `MAX`
    Max,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Metrictype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Metrictype::Count => "COUNT",
            Metrictype::UniqueCount => "UNIQUE_COUNT",
            Metrictype::Avg => "AVG",
            Metrictype::Sum => "SUM",
            Metrictype::Median => "MEDIAN",
            Metrictype::Min => "MIN",
            Metrictype::Max => "MAX",
            Metrictype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Metrictype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COUNT" => Metrictype::Count,
            "UNIQUE_COUNT" => Metrictype::UniqueCount,
            "AVG" => Metrictype::Avg,
            "SUM" => Metrictype::Sum,
            "MEDIAN" => Metrictype::Median,
            "MIN" => Metrictype::Min,
            "MAX" => Metrictype::Max,
            other => Metrictype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Metrictype);
