//! `ConfigTypeEnum`, from `beta/schemas/work-reassignment/ConfigTypeEnum.yaml`.

/// Enum list of valid work types that can be selected for a Reassignment Configuration
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConfigTypeEnum {
    /// `ACCESS_REQUESTS`
    AccessRequests,
    /// `CERTIFICATIONS`
    Certifications,
    /// `MANUAL_TASKS`
    ManualTasks,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConfigTypeEnum {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConfigTypeEnum::AccessRequests => "ACCESS_REQUESTS",
            ConfigTypeEnum::Certifications => "CERTIFICATIONS",
            ConfigTypeEnum::ManualTasks => "MANUAL_TASKS",
            ConfigTypeEnum::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConfigTypeEnum {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_REQUESTS" => ConfigTypeEnum::AccessRequests,
            "CERTIFICATIONS" => ConfigTypeEnum::Certifications,
            "MANUAL_TASKS" => ConfigTypeEnum::ManualTasks,
            other => ConfigTypeEnum::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConfigTypeEnum);
