//! `IdentityCreatedIdentityType`, from `beta/schemas/trigger/example-input/IdentityCreated.yaml#/properties/identity/properties/type`.

/// Identity's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityCreatedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityCreatedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityCreatedIdentityType::Identity => "IDENTITY",
            IdentityCreatedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityCreatedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentityCreatedIdentityType::Identity,
            other => IdentityCreatedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityCreatedIdentityType);
