//! `FulldiscoveredapplicationsRiskLevel`, from `apis/application-discovery/schemas/fulldiscoveredapplications.yaml#/properties/riskLevel`.

/// The risk level of the application.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FulldiscoveredapplicationsRiskLevel {
    /// `High`
    High,
    /// `Medium`
    Medium,
    /// `Low`
    Low,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FulldiscoveredapplicationsRiskLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FulldiscoveredapplicationsRiskLevel::High => "High",
            FulldiscoveredapplicationsRiskLevel::Medium => "Medium",
            FulldiscoveredapplicationsRiskLevel::Low => "Low",
            FulldiscoveredapplicationsRiskLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for FulldiscoveredapplicationsRiskLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "High" => FulldiscoveredapplicationsRiskLevel::High,
            "Medium" => FulldiscoveredapplicationsRiskLevel::Medium,
            "Low" => FulldiscoveredapplicationsRiskLevel::Low,
            other => FulldiscoveredapplicationsRiskLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FulldiscoveredapplicationsRiskLevel);
