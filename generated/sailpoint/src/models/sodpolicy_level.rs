//! `SodpolicyLevel`, from `apis/sod-policies/schemas/sodpolicy.yaml#/properties/level`.

/// Policy severity or priority level. Applicable only to Conflicting Access Based policies. If not specified, default will be HIGH.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodpolicyLevel {
    /// `CRITICAL`
    Critical,
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodpolicyLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodpolicyLevel::Critical => "CRITICAL",
            SodpolicyLevel::High => "HIGH",
            SodpolicyLevel::Medium => "MEDIUM",
            SodpolicyLevel::Low => "LOW",
            SodpolicyLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodpolicyLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CRITICAL" => SodpolicyLevel::Critical,
            "HIGH" => SodpolicyLevel::High,
            "MEDIUM" => SodpolicyLevel::Medium,
            "LOW" => SodpolicyLevel::Low,
            other => SodpolicyLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodpolicyLevel);
