//! `ManagedClientStatusEnum`, from `beta/schemas/ManagedClientStatusEnum.yaml`.

/// `ManagedClientStatusEnum` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedClientStatusEnum {
    /// `NORMAL`
    Normal,
    /// `UNDEFINED`
    Undefined,
    /// `NOT_CONFIGURED`
    NotConfigured,
    /// `CONFIGURING`
    Configuring,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedClientStatusEnum {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedClientStatusEnum::Normal => "NORMAL",
            ManagedClientStatusEnum::Undefined => "UNDEFINED",
            ManagedClientStatusEnum::NotConfigured => "NOT_CONFIGURED",
            ManagedClientStatusEnum::Configuring => "CONFIGURING",
            ManagedClientStatusEnum::Warning => "WARNING",
            ManagedClientStatusEnum::Error => "ERROR",
            ManagedClientStatusEnum::Failed => "FAILED",
            ManagedClientStatusEnum::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedClientStatusEnum {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => ManagedClientStatusEnum::Normal,
            "UNDEFINED" => ManagedClientStatusEnum::Undefined,
            "NOT_CONFIGURED" => ManagedClientStatusEnum::NotConfigured,
            "CONFIGURING" => ManagedClientStatusEnum::Configuring,
            "WARNING" => ManagedClientStatusEnum::Warning,
            "ERROR" => ManagedClientStatusEnum::Error,
            "FAILED" => ManagedClientStatusEnum::Failed,
            other => ManagedClientStatusEnum::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedClientStatusEnum);
