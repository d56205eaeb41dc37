//! `Aggregationtype`, from `apis/shared/schemas/aggregationtype.yaml`.

/// Enum representing the currently available query languages for aggregations, which are used to perform calculations or groupings on search results.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Aggregationtype {
    /// `DSL`
    Dsl,
    /// `SAILPOINT`
    Sailpoint,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Aggregationtype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Aggregationtype::Dsl => "DSL",
            Aggregationtype::Sailpoint => "SAILPOINT",
            Aggregationtype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Aggregationtype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DSL" => Aggregationtype::Dsl,
            "SAILPOINT" => Aggregationtype::Sailpoint,
            other => Aggregationtype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Aggregationtype);
