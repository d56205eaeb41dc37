//! `ListAccountsDetailLevel`, from `beta/paths/accounts.yaml#/get/parameters/0/schema`.

/// `ListAccountsDetailLevel` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListAccountsDetailLevel {
    /// `SLIM`
    Slim,
    /// `FULL`
    Full,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListAccountsDetailLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ListAccountsDetailLevel::Slim => "SLIM",
            ListAccountsDetailLevel::Full => "FULL",
            ListAccountsDetailLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListAccountsDetailLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SLIM" => ListAccountsDetailLevel::Slim,
            "FULL" => ListAccountsDetailLevel::Full,
            other => ListAccountsDetailLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ListAccountsDetailLevel);
