//! `IdentityProfileOwnerType`, from `beta/schemas/IdentityProfile.yaml#/allOf/1/properties/owner/properties/type`.

/// Owner's object type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityProfileOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityProfileOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityProfileOwnerType::Identity => "IDENTITY",
            IdentityProfileOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityProfileOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentityProfileOwnerType::Identity,
            other => IdentityProfileOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityProfileOwnerType);
