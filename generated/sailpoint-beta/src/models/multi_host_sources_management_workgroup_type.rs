//! `MultiHostSourcesManagementWorkgroupType`, from `beta/schemas/MultiHostSources.yaml#/properties/managementWorkgroup/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultiHostSourcesManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultiHostSourcesManagementWorkgroupType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultiHostSourcesManagementWorkgroupType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            MultiHostSourcesManagementWorkgroupType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultiHostSourcesManagementWorkgroupType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                MultiHostSourcesManagementWorkgroupType::GovernanceGroup
            }
            other => MultiHostSourcesManagementWorkgroupType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultiHostSourcesManagementWorkgroupType);
