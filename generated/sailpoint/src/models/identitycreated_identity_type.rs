//! `IdentitycreatedIdentityType`, from `apis/triggers/schemas/identitycreated.yaml#/properties/identity/properties/type`.

/// Created identity's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentitycreatedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentitycreatedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentitycreatedIdentityType::Identity => "IDENTITY",
            IdentitycreatedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentitycreatedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentitycreatedIdentityType::Identity,
            other => IdentitycreatedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentitycreatedIdentityType);
