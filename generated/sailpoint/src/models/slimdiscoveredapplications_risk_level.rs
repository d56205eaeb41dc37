//! `SlimdiscoveredapplicationsRiskLevel`, from `apis/application-discovery/schemas/slimdiscoveredapplications.yaml#/properties/riskLevel`.

/// The risk level of the application.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SlimdiscoveredapplicationsRiskLevel {
    /// `High`
    High,
    /// `Medium`
    Medium,
    /// `Low`
    Low,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SlimdiscoveredapplicationsRiskLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SlimdiscoveredapplicationsRiskLevel::High => "High",
            SlimdiscoveredapplicationsRiskLevel::Medium => "Medium",
            SlimdiscoveredapplicationsRiskLevel::Low => "Low",
            SlimdiscoveredapplicationsRiskLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for SlimdiscoveredapplicationsRiskLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "High" => SlimdiscoveredapplicationsRiskLevel::High,
            "Medium" => SlimdiscoveredapplicationsRiskLevel::Medium,
            "Low" => SlimdiscoveredapplicationsRiskLevel::Low,
            other => SlimdiscoveredapplicationsRiskLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SlimdiscoveredapplicationsRiskLevel);
