//! `AccessprofilerefType`, from `apis/dimensions/schemas/accessprofileref.yaml#/properties/type`.

/// Type of requested object. This field must be either left null or set to 'ACCESS_PROFILE' when creating an Access Profile, otherwise a 400 Bad Request error will result.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessprofilerefType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessprofilerefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessprofilerefType::AccessProfile => "ACCESS_PROFILE",
            AccessprofilerefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessprofilerefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => AccessprofilerefType::AccessProfile,
            other => AccessprofilerefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessprofilerefType);
