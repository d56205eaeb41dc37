//! `EntitlementconnectionType`, from `apis/entitlement-connections/schemas/entitlementconnection.yaml#/properties/type`.

/// Connection type classification.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementconnectionType {
    /// `JIT`
    Jit,
    /// `STANDING`
    Standing,
    /// `NA`
    Na,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementconnectionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementconnectionType::Jit => "JIT",
            EntitlementconnectionType::Standing => "STANDING",
            EntitlementconnectionType::Na => "NA",
            EntitlementconnectionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementconnectionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "JIT" => EntitlementconnectionType::Jit,
            "STANDING" => EntitlementconnectionType::Standing,
            "NA" => EntitlementconnectionType::Na,
            other => EntitlementconnectionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementconnectionType);
