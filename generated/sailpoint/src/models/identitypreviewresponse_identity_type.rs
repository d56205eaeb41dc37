//! `IdentitypreviewresponseIdentityType`, from `apis/identity-profiles/schemas/identitypreviewresponse.yaml#/properties/identity/properties/type`.

/// Identity's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentitypreviewresponseIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentitypreviewresponseIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentitypreviewresponseIdentityType::Identity => "IDENTITY",
            IdentitypreviewresponseIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentitypreviewresponseIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentitypreviewresponseIdentityType::Identity,
            other => IdentitypreviewresponseIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentitypreviewresponseIdentityType);
