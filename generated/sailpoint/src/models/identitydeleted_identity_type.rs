//! `IdentitydeletedIdentityType`, from `apis/triggers/schemas/identitydeleted.yaml#/properties/identity/properties/type`.

/// Deleted identity's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentitydeletedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentitydeletedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentitydeletedIdentityType::Identity => "IDENTITY",
            IdentitydeletedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentitydeletedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentitydeletedIdentityType::Identity,
            other => IdentitydeletedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentitydeletedIdentityType);
