//! `SlimDiscoveredApplicationsRiskLevel`, from `beta/schemas/SlimDiscoveredApplications.yaml#/properties/riskLevel`.

/// The risk level of the application.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SlimDiscoveredApplicationsRiskLevel {
    /// `High`
    High,
    /// `Medium`
    Medium,
    /// `Low`
    Low,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SlimDiscoveredApplicationsRiskLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SlimDiscoveredApplicationsRiskLevel::High => "High",
            SlimDiscoveredApplicationsRiskLevel::Medium => "Medium",
            SlimDiscoveredApplicationsRiskLevel::Low => "Low",
            SlimDiscoveredApplicationsRiskLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for SlimDiscoveredApplicationsRiskLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "High" => SlimDiscoveredApplicationsRiskLevel::High,
            "Medium" => SlimDiscoveredApplicationsRiskLevel::Medium,
            "Low" => SlimDiscoveredApplicationsRiskLevel::Low,
            other => SlimDiscoveredApplicationsRiskLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SlimDiscoveredApplicationsRiskLevel);
