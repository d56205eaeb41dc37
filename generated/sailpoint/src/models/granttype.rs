//! `Granttype`, from `apis/oauth-clients/schemas/granttype.yaml`.

/// OAuth2 Grant Type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Granttype {
    /// `CLIENT_CREDENTIALS`
    ClientCredentials,
    /// `AUTHORIZATION_CODE`
    AuthorizationCode,
    /// `REFRESH_TOKEN`
    RefreshToken,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Granttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Granttype::ClientCredentials => "CLIENT_CREDENTIALS",
            Granttype::AuthorizationCode => "AUTHORIZATION_CODE",
            Granttype::RefreshToken => "REFRESH_TOKEN",
            Granttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Granttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLIENT_CREDENTIALS" => Granttype::ClientCredentials,
            "AUTHORIZATION_CODE" => Granttype::AuthorizationCode,
            "REFRESH_TOKEN" => Granttype::RefreshToken,
            other => Granttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Granttype);
