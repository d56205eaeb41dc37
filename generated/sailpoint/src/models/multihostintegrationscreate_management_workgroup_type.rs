//! `MultihostintegrationscreateManagementWorkgroupType`, from `apis/multi-host-integration/schemas/multihostintegrationscreate.yaml#/properties/managementWorkgroup/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostintegrationscreateManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostintegrationscreateManagementWorkgroupType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostintegrationscreateManagementWorkgroupType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            MultihostintegrationscreateManagementWorkgroupType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostintegrationscreateManagementWorkgroupType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                MultihostintegrationscreateManagementWorkgroupType::GovernanceGroup
            }
            other => {
                MultihostintegrationscreateManagementWorkgroupType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MultihostintegrationscreateManagementWorkgroupType);
