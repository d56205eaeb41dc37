//! `Httpauthenticationtype`, from `apis/triggers/schemas/httpauthenticationtype.yaml`.

/// Defines the HTTP Authentication type. Additional values may be added in the future.
///
/// If *NO_AUTH* is selected, no extra information will be in HttpConfig.
///
/// If *BASIC_AUTH* is selected, HttpConfig will include BasicAuthConfig with Username and Password as strings.
///
/// If *BEARER_TOKEN* is selected, HttpConfig will include BearerTokenAuthConfig with Token as string.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Httpauthenticationtype {
    /// `NO_AUTH`
    NoAuth,
    /// `BASIC_AUTH`
    BasicAuth,
    /// `BEARER_TOKEN`
    BearerToken,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Httpauthenticationtype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Httpauthenticationtype::NoAuth => "NO_AUTH",
            Httpauthenticationtype::BasicAuth => "BASIC_AUTH",
            Httpauthenticationtype::BearerToken => "BEARER_TOKEN",
            Httpauthenticationtype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Httpauthenticationtype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NO_AUTH" => Httpauthenticationtype::NoAuth,
            "BASIC_AUTH" => Httpauthenticationtype::BasicAuth,
            "BEARER_TOKEN" => Httpauthenticationtype::BearerToken,
            other => Httpauthenticationtype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Httpauthenticationtype);
