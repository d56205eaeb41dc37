//! `AccessappsOwnerType`, from `apis/search/schemas/accessapps.yaml#/properties/owner/properties/type`.

/// Owner's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessappsOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessappsOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessappsOwnerType::Identity => "IDENTITY",
            AccessappsOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessappsOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessappsOwnerType::Identity,
            other => AccessappsOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessappsOwnerType);
