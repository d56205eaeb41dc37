//! `SourceManagementWorkgroupType`, from `apis/sources/schemas/source.yaml#/properties/managementWorkgroup/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceManagementWorkgroupType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceManagementWorkgroupType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceManagementWorkgroupType::GovernanceGroup => "GOVERNANCE_GROUP",
            SourceManagementWorkgroupType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceManagementWorkgroupType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => SourceManagementWorkgroupType::GovernanceGroup,
            other => SourceManagementWorkgroupType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceManagementWorkgroupType);
