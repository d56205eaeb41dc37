//! `EntitlementconnectionbulkupdateitemType`, from `apis/entitlement-connections/schemas/entitlementconnectionbulkupdateitem.yaml#/properties/type`.

/// Target connection type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementconnectionbulkupdateitemType {
    /// `JIT`
    Jit,
    /// `STANDING`
    Standing,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementconnectionbulkupdateitemType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementconnectionbulkupdateitemType::Jit => "JIT",
            EntitlementconnectionbulkupdateitemType::Standing => "STANDING",
            EntitlementconnectionbulkupdateitemType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementconnectionbulkupdateitemType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "JIT" => EntitlementconnectionbulkupdateitemType::Jit,
            "STANDING" => EntitlementconnectionbulkupdateitemType::Standing,
            other => EntitlementconnectionbulkupdateitemType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementconnectionbulkupdateitemType);
