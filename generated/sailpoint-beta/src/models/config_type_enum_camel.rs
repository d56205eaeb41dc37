//! `ConfigTypeEnumCamel`, from `beta/schemas/work-reassignment/ConfigTypeEnumCamel.yaml`.

/// Enum list of valid work types that can be selected for a Reassignment Configuration
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigTypeEnumCamel {
    /// `accessRequests`
    AccessRequests,
    /// `certifications`
    Certifications,
    /// `manualTasks`
    ManualTasks,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConfigTypeEnumCamel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConfigTypeEnumCamel::AccessRequests => "accessRequests",
            ConfigTypeEnumCamel::Certifications => "certifications",
            ConfigTypeEnumCamel::ManualTasks => "manualTasks",
            ConfigTypeEnumCamel::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConfigTypeEnumCamel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "accessRequests" => ConfigTypeEnumCamel::AccessRequests,
            "certifications" => ConfigTypeEnumCamel::Certifications,
            "manualTasks" => ConfigTypeEnumCamel::ManualTasks,
            other => ConfigTypeEnumCamel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConfigTypeEnumCamel);
