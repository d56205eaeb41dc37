//! `GrantType`, from `beta/schemas/GrantType.yaml`.

/// OAuth2 Grant Type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GrantType {
    /// `CLIENT_CREDENTIALS`
    ClientCredentials,
    /// `AUTHORIZATION_CODE`
    AuthorizationCode,
    /// `REFRESH_TOKEN`
    RefreshToken,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GrantType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            GrantType::ClientCredentials => "CLIENT_CREDENTIALS",
            GrantType::AuthorizationCode => "AUTHORIZATION_CODE",
            GrantType::RefreshToken => "REFRESH_TOKEN",
            GrantType::Unknown(value) => value,
        }
    }
}

impl From<&str> for GrantType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CLIENT_CREDENTIALS" => GrantType::ClientCredentials,
            "AUTHORIZATION_CODE" => GrantType::AuthorizationCode,
            "REFRESH_TOKEN" => GrantType::RefreshToken,
            other => GrantType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(GrantType);
