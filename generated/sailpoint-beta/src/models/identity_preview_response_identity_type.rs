//! `IdentityPreviewResponseIdentityType`, from `beta/schemas/IdentityPreviewResponse.yaml#/properties/identity/properties/type`.

/// DTO type of identity's manager.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityPreviewResponseIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityPreviewResponseIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityPreviewResponseIdentityType::Identity => "IDENTITY",
            IdentityPreviewResponseIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityPreviewResponseIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => IdentityPreviewResponseIdentityType::Identity,
            other => IdentityPreviewResponseIdentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityPreviewResponseIdentityType);
