//! `V3IdentityProfileAuthoritativeSourceType`, from `v3/schemas/IdentityProfile.yaml#/allOf/1/properties/authoritativeSource/properties/type`.

/// Authoritative source's object type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3IdentityProfileAuthoritativeSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3IdentityProfileAuthoritativeSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3IdentityProfileAuthoritativeSourceType::Source => "SOURCE",
            V3IdentityProfileAuthoritativeSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3IdentityProfileAuthoritativeSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => V3IdentityProfileAuthoritativeSourceType::Source,
            other => V3IdentityProfileAuthoritativeSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3IdentityProfileAuthoritativeSourceType);
