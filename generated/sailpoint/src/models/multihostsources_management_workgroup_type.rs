//! `MultihostsourcesManagementWorkgroupType`, from `apis/multi-host-integration/schemas/multihostsources.yaml#/properties/managementWorkgroup/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MultihostsourcesManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MultihostsourcesManagementWorkgroupType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MultihostsourcesManagementWorkgroupType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            MultihostsourcesManagementWorkgroupType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MultihostsourcesManagementWorkgroupType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => {
                MultihostsourcesManagementWorkgroupType::GovernanceGroup
            }
            other => MultihostsourcesManagementWorkgroupType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MultihostsourcesManagementWorkgroupType);
