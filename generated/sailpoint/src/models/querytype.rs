//! `Querytype`, from `apis/shared/schemas/querytype.yaml`.

/// The type of query to use.  By default, the `SAILPOINT` query type is used, which requires the `query` object to be defined in the request body.
/// To use the `queryDsl` or `typeAheadQuery` objects in the request, you must set the type to `DSL` or `TYPEAHEAD` accordingly.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Querytype {
    /// `DSL`
    Dsl,
    /// `SAILPOINT`
    Sailpoint,
    /// `TEXT`
    Text,
    /// `TYPEAHEAD`
    Typeahead,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Querytype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Querytype::Dsl => "DSL",
            Querytype::Sailpoint => "SAILPOINT",
            Querytype::Text => "TEXT",
            Querytype::Typeahead => "TYPEAHEAD",
            Querytype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Querytype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DSL" => Querytype::Dsl,
            "SAILPOINT" => Querytype::Sailpoint,
            "TEXT" => Querytype::Text,
            "TYPEAHEAD" => Querytype::Typeahead,
            other => Querytype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Querytype);
