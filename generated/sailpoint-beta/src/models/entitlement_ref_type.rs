//! `EntitlementRefType`, from `v3/schemas/access/EntitlementRef.yaml#/properties/type`.

/// Entitlement's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementRefType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementRefType::Entitlement => "ENTITLEMENT",
            EntitlementRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => EntitlementRefType::Entitlement,
            other => EntitlementRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementRefType);
