//! `IdentityWithNewAccessAccessRefsInnerType`, from `beta/schemas/sod/models/IdentityWithNewAccess.yaml#/properties/accessRefs/items/properties/type`.

/// Entitlement's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityWithNewAccessAccessRefsInnerType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityWithNewAccessAccessRefsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityWithNewAccessAccessRefsInnerType::Entitlement => "ENTITLEMENT",
            IdentityWithNewAccessAccessRefsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityWithNewAccessAccessRefsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => IdentityWithNewAccessAccessRefsInnerType::Entitlement,
            other => IdentityWithNewAccessAccessRefsInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityWithNewAccessAccessRefsInnerType);
