//! `IdentityManagerRefType`, from `apis/identities/schemas/identity.yaml#/properties/managerRef/properties/type`.

/// DTO type of identity's manager
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityManagerRefType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityManagerRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityManagerRefType::Identity => "IDENTITY",
            IdentityManagerRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityManagerRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentityManagerRefType::Identity,
            other => IdentityManagerRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityManagerRefType);
