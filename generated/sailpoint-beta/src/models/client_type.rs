//! `ClientType`, from `beta/schemas/ClientType.yaml`.

/// Type of an API Client indicating public or confidentials use
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientType {
    /// `CONFIDENTIAL`
    Confidential,
    /// `PUBLIC`
    Public,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ClientType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ClientType::Confidential => "CONFIDENTIAL",
            ClientType::Public => "PUBLIC",
            ClientType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ClientType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONFIDENTIAL" => ClientType::Confidential,
            "PUBLIC" => ClientType::Public,
            other => ClientType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ClientType);
