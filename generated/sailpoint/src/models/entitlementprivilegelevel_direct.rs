//! `EntitlementprivilegelevelDirect`, from `apis/entitlements/schemas/entitlementprivilegelevel.yaml#/properties/direct`.

/// Direct privilege level assigned to the entitlement
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementprivilegelevelDirect {
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

impl EntitlementprivilegelevelDirect {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementprivilegelevelDirect::High => "HIGH",
            EntitlementprivilegelevelDirect::Low => "LOW",
            EntitlementprivilegelevelDirect::Medium => "MEDIUM",
            EntitlementprivilegelevelDirect::None => "NONE",
            EntitlementprivilegelevelDirect::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementprivilegelevelDirect {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => EntitlementprivilegelevelDirect::High,
            "LOW" => EntitlementprivilegelevelDirect::Low,
            "MEDIUM" => EntitlementprivilegelevelDirect::Medium,
            "NONE" => EntitlementprivilegelevelDirect::None,
            other => EntitlementprivilegelevelDirect::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementprivilegelevelDirect);
