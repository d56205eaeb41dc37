//! `Requestableobjecttype`, from `apis/account-activities/schemas/requestableobjecttype.yaml`.

/// Currently supported requestable object types.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Requestableobjecttype {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Requestableobjecttype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Requestableobjecttype::AccessProfile => "ACCESS_PROFILE",
            Requestableobjecttype::Role => "ROLE",
            Requestableobjecttype::Entitlement => "ENTITLEMENT",
            Requestableobjecttype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Requestableobjecttype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Requestableobjecttype::AccessProfile,
            "ROLE" => Requestableobjecttype::Role,
            "ENTITLEMENT" => Requestableobjecttype::Entitlement,
            other => Requestableobjecttype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Requestableobjecttype);
