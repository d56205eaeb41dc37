//! `Clienttype`, from `apis/oauth-clients/schemas/clienttype.yaml`.

/// Type of an API Client indicating public or confidentials use
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Clienttype {
    /// `CONFIDENTIAL`
    Confidential,
    /// `PUBLIC`
    Public,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Clienttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Clienttype::Confidential => "CONFIDENTIAL",
            Clienttype::Public => "PUBLIC",
            Clienttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Clienttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONFIDENTIAL" => Clienttype::Confidential,
            "PUBLIC" => Clienttype::Public,
            other => Clienttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Clienttype);
