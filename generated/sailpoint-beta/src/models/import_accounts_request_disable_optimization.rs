//! `ImportAccountsRequestDisableOptimization`, from `beta/paths/load-accounts.yaml#/post/requestBody/content/multipart~1form-data/schema/properties/disableOptimization`.

/// Use this flag to reprocess every account whether or not the data has changed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportAccountsRequestDisableOptimization {
    /// `true`
    True,
    /// `false`
    False,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ImportAccountsRequestDisableOptimization {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportAccountsRequestDisableOptimization::True => "true",
            ImportAccountsRequestDisableOptimization::False => "false",
            ImportAccountsRequestDisableOptimization::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportAccountsRequestDisableOptimization {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "true" => ImportAccountsRequestDisableOptimization::True,
            "false" => ImportAccountsRequestDisableOptimization::False,
            other => ImportAccountsRequestDisableOptimization::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportAccountsRequestDisableOptimization);
