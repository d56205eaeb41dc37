//! `Accesstype`, from `apis/oauth-clients/schemas/accesstype.yaml`.

/// Access type of API Client indicating online or offline use
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Accesstype {
    /// `ONLINE`
    Online,
    /// `OFFLINE`
    Offline,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Accesstype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Accesstype::Online => "ONLINE",
            Accesstype::Offline => "OFFLINE",
            Accesstype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Accesstype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ONLINE" => Accesstype::Online,
            "OFFLINE" => Accesstype::Offline,
            other => Accesstype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Accesstype);
