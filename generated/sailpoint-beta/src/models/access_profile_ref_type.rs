//! `AccessProfileRefType`, from `v3/schemas/access/AccessProfileRef.yaml#/properties/type`.

/// Type of requested object. This field must be either left null or set to 'ACCESS_PROFILE' when creating an Access Profile, otherwise a 400 Bad Request error will result.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessProfileRefType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessProfileRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessProfileRefType::AccessProfile => "ACCESS_PROFILE",
            AccessProfileRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessProfileRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => AccessProfileRefType::AccessProfile,
            other => AccessProfileRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessProfileRefType);
