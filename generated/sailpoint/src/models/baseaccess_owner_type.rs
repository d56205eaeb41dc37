//! `BaseaccessOwnerType`, from `apis/search/schemas/baseaccess.yaml#/properties/owner/properties/type`.

/// Owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BaseaccessOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BaseaccessOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BaseaccessOwnerType::Identity => "IDENTITY",
            BaseaccessOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BaseaccessOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => BaseaccessOwnerType::Identity,
            other => BaseaccessOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BaseaccessOwnerType);
