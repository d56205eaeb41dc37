//! `EntitlementprivilegelevelEffective`, from `apis/entitlements/schemas/entitlementprivilegelevel.yaml#/properties/effective`.

/// Effective privilege level assigned to the entitlement
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementprivilegelevelEffective {
    /// `HIGH`
    High,
    /// `LOW`
    Low,
    /// `MEDIUM`
    Medium,
    /// `NONE`
    None,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementprivilegelevelEffective {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementprivilegelevelEffective::High => "HIGH",
            EntitlementprivilegelevelEffective::Low => "LOW",
            EntitlementprivilegelevelEffective::Medium => "MEDIUM",
            EntitlementprivilegelevelEffective::None => "NONE",
            EntitlementprivilegelevelEffective::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementprivilegelevelEffective {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => EntitlementprivilegelevelEffective::High,
            "LOW" => EntitlementprivilegelevelEffective::Low,
            "MEDIUM" => EntitlementprivilegelevelEffective::Medium,
            "NONE" => EntitlementprivilegelevelEffective::None,
            other => EntitlementprivilegelevelEffective::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementprivilegelevelEffective);
