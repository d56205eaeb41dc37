//! `CommonAccessType`, from `beta/schemas/CommonAccessType.yaml`.

/// The type of access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommonAccessType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CommonAccessType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CommonAccessType::AccessProfile => "ACCESS_PROFILE",
            CommonAccessType::Role => "ROLE",
            CommonAccessType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CommonAccessType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => CommonAccessType::AccessProfile,
            "ROLE" => CommonAccessType::Role,
            other => CommonAccessType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CommonAccessType);
