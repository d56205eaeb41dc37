//! `EntitlementrefType`, from `apis/shared/schemas/entitlementref.yaml#/properties/type`.

/// Entitlement's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementrefType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementrefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementrefType::Entitlement => "ENTITLEMENT",
            EntitlementrefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementrefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => EntitlementrefType::Entitlement,
            other => EntitlementrefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementrefType);
