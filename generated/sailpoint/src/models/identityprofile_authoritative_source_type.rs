//! `IdentityprofileAuthoritativeSourceType`, from `apis/identity-profiles/schemas/identityprofile.yaml#/allOf/1/properties/authoritativeSource/properties/type`.

/// Authoritative source's object type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityprofileAuthoritativeSourceType {
    /// `SOURCE`
    Source,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityprofileAuthoritativeSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityprofileAuthoritativeSourceType::Source => "SOURCE",
            IdentityprofileAuthoritativeSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityprofileAuthoritativeSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => IdentityprofileAuthoritativeSourceType::Source,
            other => IdentityprofileAuthoritativeSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityprofileAuthoritativeSourceType);
