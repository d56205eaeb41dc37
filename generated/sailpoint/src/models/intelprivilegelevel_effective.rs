//! `IntelprivilegelevelEffective`, from `apis/intelligence/schemas/intelprivilegelevel.yaml#/properties/effective`.

/// Effective privilege level for the privileged access item.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IntelprivilegelevelEffective {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// `NONE`
    None,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IntelprivilegelevelEffective {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IntelprivilegelevelEffective::High => "HIGH",
            IntelprivilegelevelEffective::Medium => "MEDIUM",
            IntelprivilegelevelEffective::Low => "LOW",
            IntelprivilegelevelEffective::None => "NONE",
            IntelprivilegelevelEffective::Unknown(value) => value,
        }
    }
}

impl From<&str> for IntelprivilegelevelEffective {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => IntelprivilegelevelEffective::High,
            "MEDIUM" => IntelprivilegelevelEffective::Medium,
            "LOW" => IntelprivilegelevelEffective::Low,
            "NONE" => IntelprivilegelevelEffective::None,
            other => IntelprivilegelevelEffective::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IntelprivilegelevelEffective);
