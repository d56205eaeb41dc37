//! `Machineidentityv2RiskSeverity`, from `apis/machine-identities/schemas/machineidentityv2.yaml#/allOf/1/properties/risk/properties/severity`.

/// Risk severity bucket.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Machineidentityv2RiskSeverity {
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

impl Machineidentityv2RiskSeverity {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Machineidentityv2RiskSeverity::Critical => "CRITICAL",
            Machineidentityv2RiskSeverity::High => "HIGH",
            Machineidentityv2RiskSeverity::Medium => "MEDIUM",
            Machineidentityv2RiskSeverity::Low => "LOW",
            Machineidentityv2RiskSeverity::Unknown(value) => value,
        }
    }
}

impl From<&str> for Machineidentityv2RiskSeverity {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CRITICAL" => Machineidentityv2RiskSeverity::Critical,
            "HIGH" => Machineidentityv2RiskSeverity::High,
            "MEDIUM" => Machineidentityv2RiskSeverity::Medium,
            "LOW" => Machineidentityv2RiskSeverity::Low,
            other => Machineidentityv2RiskSeverity::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Machineidentityv2RiskSeverity);
