//! `IdentityattributeschangedIdentityType`, from `apis/triggers/schemas/identityattributeschanged.yaml#/properties/identity/properties/type`.

/// DTO type of identity whose attributes changed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityattributeschangedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityattributeschangedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityattributeschangedIdentityType::Identity => "IDENTITY",
            IdentityattributeschangedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityattributeschangedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentityattributeschangedIdentityType::Identity,
            other => IdentityattributeschangedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityattributeschangedIdentityType);
