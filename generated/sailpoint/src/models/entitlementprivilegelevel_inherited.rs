//! `EntitlementprivilegelevelInherited`, from `apis/entitlements/schemas/entitlementprivilegelevel.yaml#/properties/inherited`.

/// Inherited privilege level on the entitlement, if any
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementprivilegelevelInherited {
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

impl EntitlementprivilegelevelInherited {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementprivilegelevelInherited::High => "HIGH",
            EntitlementprivilegelevelInherited::Low => "LOW",
            EntitlementprivilegelevelInherited::Medium => "MEDIUM",
            EntitlementprivilegelevelInherited::None => "NONE",
            EntitlementprivilegelevelInherited::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementprivilegelevelInherited {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => EntitlementprivilegelevelInherited::High,
            "LOW" => EntitlementprivilegelevelInherited::Low,
            "MEDIUM" => EntitlementprivilegelevelInherited::Medium,
            "NONE" => EntitlementprivilegelevelInherited::None,
            other => EntitlementprivilegelevelInherited::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementprivilegelevelInherited);
