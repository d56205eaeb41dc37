//! `MultiHostIntegrationsCreateManagementWorkgroupType`, from `beta/schemas/MultiHostIntegrationsCreate.yaml#/properties/managementWorkgroup/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostIntegrationsCreateManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostIntegrationsCreateManagementWorkgroupType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostIntegrationsCreateManagementWorkgroupType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            MultiHostIntegrationsCreateManagementWorkgroupType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostIntegrationsCreateManagementWorkgroupType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                MultiHostIntegrationsCreateManagementWorkgroupType::GovernanceGroup
            }
            other => {
                MultiHostIntegrationsCreateManagementWorkgroupType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MultiHostIntegrationsCreateManagementWorkgroupType);
