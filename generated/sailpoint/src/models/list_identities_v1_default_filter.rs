//! `ListIdentitiesV1DefaultFilter`, from `apis/identities/paths/identities-v1.yaml#/get/parameters/2/schema`.

/// `ListIdentitiesV1DefaultFilter` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListIdentitiesV1DefaultFilter {
    /// `CORRELATED_ONLY`
    CorrelatedOnly,
    /// `NONE`
    None,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListIdentitiesV1DefaultFilter {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListIdentitiesV1DefaultFilter::CorrelatedOnly => "CORRELATED_ONLY",
            ListIdentitiesV1DefaultFilter::None => "NONE",
            ListIdentitiesV1DefaultFilter::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListIdentitiesV1DefaultFilter {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED_ONLY" => ListIdentitiesV1DefaultFilter::CorrelatedOnly,
            "NONE" => ListIdentitiesV1DefaultFilter::None,
            other => ListIdentitiesV1DefaultFilter::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListIdentitiesV1DefaultFilter);
