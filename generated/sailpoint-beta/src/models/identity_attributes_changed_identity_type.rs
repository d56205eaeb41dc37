//! `IdentityAttributesChangedIdentityType`, from `beta/schemas/trigger/example-input/IdentityAttributesChanged.yaml#/properties/identity/properties/type`.

/// DTO type of identity whose attributes changed.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityAttributesChangedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityAttributesChangedIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityAttributesChangedIdentityType::Identity => "IDENTITY",
            IdentityAttributesChangedIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityAttributesChangedIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentityAttributesChangedIdentityType::Identity,
            other => IdentityAttributesChangedIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityAttributesChangedIdentityType);
