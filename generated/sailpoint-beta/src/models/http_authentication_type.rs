//! `HttpAuthenticationType`, from `beta/schemas/HttpAuthenticationType.yaml`.

/// Defines the HTTP Authentication type. Additional values may be added in the future.
///
/// If *NO_AUTH* is selected, no extra information will be in HttpConfig.
///
/// If *BASIC_AUTH* is selected, HttpConfig will include BasicAuthConfig with Username and Password as strings.
///
/// If *BEARER_TOKEN* is selected, HttpConfig will include BearerTokenAuthConfig with Token as string.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HttpAuthenticationType {
    /// `NO_AUTH`
    NoAuth,
    /// `BASIC_AUTH`
    BasicAuth,
    /// `BEARER_TOKEN`
    BearerToken,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl HttpAuthenticationType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            HttpAuthenticationType::NoAuth => "NO_AUTH",
            HttpAuthenticationType::BasicAuth => "BASIC_AUTH",
            HttpAuthenticationType::BearerToken => "BEARER_TOKEN",
            HttpAuthenticationType::Unknown(value) => value,
        }
    }
}

impl From<&str> for HttpAuthenticationType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NO_AUTH" => HttpAuthenticationType::NoAuth,
            "BASIC_AUTH" => HttpAuthenticationType::BasicAuth,
            "BEARER_TOKEN" => HttpAuthenticationType::BearerToken,
            other => HttpAuthenticationType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(HttpAuthenticationType);
