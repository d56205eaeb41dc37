//! `ListIdentitiesDefaultFilter`, from `beta/paths/identities.yaml#/get/parameters/2/schema`.

/// `ListIdentitiesDefaultFilter` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListIdentitiesDefaultFilter {
    /// `CORRELATED_ONLY`
    CorrelatedOnly,
    /// `NONE`
    None,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListIdentitiesDefaultFilter {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListIdentitiesDefaultFilter::CorrelatedOnly => "CORRELATED_ONLY",
            ListIdentitiesDefaultFilter::None => "NONE",
            ListIdentitiesDefaultFilter::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListIdentitiesDefaultFilter {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED_ONLY" => ListIdentitiesDefaultFilter::CorrelatedOnly,
            "NONE" => ListIdentitiesDefaultFilter::None,
            other => ListIdentitiesDefaultFilter::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListIdentitiesDefaultFilter);
