//! `IdentitywithnewaccessAccessRefsInnerType`, from `apis/sod-violations/schemas/identitywithnewaccess.yaml#/properties/accessRefs/items/properties/type`.

/// Entitlement's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentitywithnewaccessAccessRefsInnerType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentitywithnewaccessAccessRefsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentitywithnewaccessAccessRefsInnerType::Entitlement => "ENTITLEMENT",
            IdentitywithnewaccessAccessRefsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentitywithnewaccessAccessRefsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => IdentitywithnewaccessAccessRefsInnerType::Entitlement,
            other => IdentitywithnewaccessAccessRefsInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentitywithnewaccessAccessRefsInnerType);
