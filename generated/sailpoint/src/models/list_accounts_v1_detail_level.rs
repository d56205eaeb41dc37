//! `ListAccountsV1DetailLevel`, from `apis/accounts/paths/accounts-v1.yaml#/get/parameters/3/schema`.

/// `ListAccountsV1DetailLevel` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListAccountsV1DetailLevel {
    /// `SLIM`
    Slim,
    /// `FULL`
    Full,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListAccountsV1DetailLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListAccountsV1DetailLevel::Slim => "SLIM",
            ListAccountsV1DetailLevel::Full => "FULL",
            ListAccountsV1DetailLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListAccountsV1DetailLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SLIM" => ListAccountsV1DetailLevel::Slim,
            "FULL" => ListAccountsV1DetailLevel::Full,
            other => ListAccountsV1DetailLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListAccountsV1DetailLevel);
