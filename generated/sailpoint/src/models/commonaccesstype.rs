//! `Commonaccesstype`, from `apis/iai-common-access/schemas/commonaccesstype.yaml`.

/// The type of access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Commonaccesstype {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Commonaccesstype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Commonaccesstype::AccessProfile => "ACCESS_PROFILE",
            Commonaccesstype::Role => "ROLE",
            Commonaccesstype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Commonaccesstype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Commonaccesstype::AccessProfile,
            "ROLE" => Commonaccesstype::Role,
            other => Commonaccesstype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Commonaccesstype);
