//! `IdentityDeletedIdentityType`, from `beta/schemas/trigger/example-input/IdentityDeleted.yaml#/properties/identity/properties/type`.

/// Deleted identity's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityDeletedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityDeletedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityDeletedIdentityType::Identity => "IDENTITY",
            IdentityDeletedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityDeletedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentityDeletedIdentityType::Identity,
            other => IdentityDeletedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityDeletedIdentityType);
