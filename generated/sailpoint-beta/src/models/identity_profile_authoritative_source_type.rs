//! `IdentityProfileAuthoritativeSourceType`, from `beta/schemas/IdentityProfile.yaml#/allOf/1/properties/authoritativeSource/properties/type`.

/// Authoritative source's object type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityProfileAuthoritativeSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityProfileAuthoritativeSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityProfileAuthoritativeSourceType::Source => "SOURCE",
            IdentityProfileAuthoritativeSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityProfileAuthoritativeSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => IdentityProfileAuthoritativeSourceType::Source,
            other => IdentityProfileAuthoritativeSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityProfileAuthoritativeSourceType);
