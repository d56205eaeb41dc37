//! `IdentityprofileOwnerType`, from `apis/identity-profiles/schemas/identityprofile.yaml#/allOf/1/properties/owner/properties/type`.

/// Owner's object type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityprofileOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityprofileOwnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityprofileOwnerType::Identity => "IDENTITY",
            IdentityprofileOwnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityprofileOwnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentityprofileOwnerType::Identity,
            other => IdentityprofileOwnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityprofileOwnerType);
