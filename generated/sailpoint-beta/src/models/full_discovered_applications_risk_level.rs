//! `FullDiscoveredApplicationsRiskLevel`, from `beta/schemas/FullDiscoveredApplications.yaml#/properties/riskLevel`.

/// The risk level of the application.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullDiscoveredApplicationsRiskLevel {
    /// `High`
    High,
    /// `Medium`
    Medium,
    /// `Low`
    Low,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullDiscoveredApplicationsRiskLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullDiscoveredApplicationsRiskLevel::High => "High",
            FullDiscoveredApplicationsRiskLevel::Medium => "Medium",
            FullDiscoveredApplicationsRiskLevel::Low => "Low",
            FullDiscoveredApplicationsRiskLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullDiscoveredApplicationsRiskLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "High" => FullDiscoveredApplicationsRiskLevel::High,
            "Medium" => FullDiscoveredApplicationsRiskLevel::Medium,
            "Low" => FullDiscoveredApplicationsRiskLevel::Low,
            other => FullDiscoveredApplicationsRiskLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FullDiscoveredApplicationsRiskLevel);
