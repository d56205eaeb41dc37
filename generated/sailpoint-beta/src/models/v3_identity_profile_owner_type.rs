//! `V3IdentityProfileOwnerType`, from `v3/schemas/IdentityProfile.yaml#/allOf/1/properties/owner/properties/type`.

/// Owner's object type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3IdentityProfileOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3IdentityProfileOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3IdentityProfileOwnerType::Identity => "IDENTITY",
            V3IdentityProfileOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3IdentityProfileOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => V3IdentityProfileOwnerType::Identity,
            other => V3IdentityProfileOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3IdentityProfileOwnerType);
