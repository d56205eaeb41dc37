//! `MultihostintegrationsManagementWorkgroupType`, from `apis/multi-host-integration/schemas/multihostintegrations.yaml#/properties/managementWorkgroup/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationsManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationsManagementWorkgroupType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationsManagementWorkgroupType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            MultihostintegrationsManagementWorkgroupType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationsManagementWorkgroupType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                MultihostintegrationsManagementWorkgroupType::GovernanceGroup
            }
            other => {
                MultihostintegrationsManagementWorkgroupType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(MultihostintegrationsManagementWorkgroupType);
