//! `Documenttype`, from `apis/search/schemas/documenttype.yaml`.

/// Enum representing the currently supported document types.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Documenttype {
    /// `accessprofile`
    Accessprofile,
    /// `accountactivity`
    Accountactivity,
    /// `entitlement`
    Entitlement,
    /// `event`
    Event,
    /// `identity`
    Identity,
    /// `role`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Documenttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Documenttype::Accessprofile => "accessprofile",
            Documenttype::Accountactivity => "accountactivity",
            Documenttype::Entitlement => "entitlement",
            Documenttype::Event => "event",
            Documenttype::Identity => "identity",
            Documenttype::Role => "role",
            Documenttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Documenttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accessprofile" => Documenttype::Accessprofile,
            "accountactivity" => Documenttype::Accountactivity,
            "entitlement" => Documenttype::Entitlement,
            "event" => Documenttype::Event,
            "identity" => Documenttype::Identity,
            "role" => Documenttype::Role,
            other => Documenttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Documenttype);
