//! `ManagedclientStatus2`, from `apis/managed-clients/schemas/managedclient.yaml#/properties/status`.

/// Status of the ManagedClient
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclientStatus2 {
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

impl ManagedclientStatus2 {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclientStatus2::Normal => "NORMAL",
            ManagedclientStatus2::Undefined => "UNDEFINED",
            ManagedclientStatus2::NotConfigured => "NOT_CONFIGURED",
            ManagedclientStatus2::Configuring => "CONFIGURING",
            ManagedclientStatus2::Warning => "WARNING",
            ManagedclientStatus2::Error => "ERROR",
            ManagedclientStatus2::Failed => "FAILED",
            ManagedclientStatus2::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclientStatus2 {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => ManagedclientStatus2::Normal,
            "UNDEFINED" => ManagedclientStatus2::Undefined,
            "NOT_CONFIGURED" => ManagedclientStatus2::NotConfigured,
            "CONFIGURING" => ManagedclientStatus2::Configuring,
            "WARNING" => ManagedclientStatus2::Warning,
            "ERROR" => ManagedclientStatus2::Error,
            "FAILED" => ManagedclientStatus2::Failed,
            other => ManagedclientStatus2::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedclientStatus2);
