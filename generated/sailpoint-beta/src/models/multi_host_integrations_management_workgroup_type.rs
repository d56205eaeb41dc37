//! `MultiHostIntegrationsManagementWorkgroupType`, from `beta/schemas/MultiHostIntegrations.yaml#/properties/managementWorkgroup/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostIntegrationsManagementWorkgroupType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsManagementWorkgroupType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            MultiHostIntegrationsManagementWorkgroupType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostIntegrationsManagementWorkgroupType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                MultiHostIntegrationsManagementWorkgroupType::GovernanceGroup
            }
            other => {
                MultiHostIntegrationsManagementWorkgroupType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsManagementWorkgroupType);
