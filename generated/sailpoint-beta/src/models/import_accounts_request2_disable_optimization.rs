//! `ImportAccountsRequest2DisableOptimization`, from `beta/paths/load-accounts.yaml#/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/disableOptimization`.

/// Use this flag to reprocess every account whether or not the data has changed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ImportAccountsRequest2DisableOptimization {
    /// `true`
    True,
    /// `false`
    False,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ImportAccountsRequest2DisableOptimization {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ImportAccountsRequest2DisableOptimization::True => "true",
            ImportAccountsRequest2DisableOptimization::False => "false",
            ImportAccountsRequest2DisableOptimization::Unknown(value) => value,
        }
    }
}

impl From<&str> for ImportAccountsRequest2DisableOptimization {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "true" => ImportAccountsRequest2DisableOptimization::True,
            "false" => ImportAccountsRequest2DisableOptimization::False,
            other => ImportAccountsRequest2DisableOptimization::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ImportAccountsRequest2DisableOptimization);
