//! `ManagedclusterStatus`, from `apis/managed-clusters/schemas/managedcluster.yaml#/properties/status`.

/// Cluster status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclusterStatus {
    /// `CONFIGURING`
    Configuring,
    /// `FAILED`
    Failed,
    /// `NO_CLIENTS`
    NoClients,
    /// `NORMAL`
    Normal,
    /// `WARNING`
    Warning,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclusterStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclusterStatus::Configuring => "CONFIGURING",
            ManagedclusterStatus::Failed => "FAILED",
            ManagedclusterStatus::NoClients => "NO_CLIENTS",
            ManagedclusterStatus::Normal => "NORMAL",
            ManagedclusterStatus::Warning => "WARNING",
            ManagedclusterStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclusterStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CONFIGURING" => ManagedclusterStatus::Configuring,
            "FAILED" => ManagedclusterStatus::Failed,
            "NO_CLIENTS" => ManagedclusterStatus::NoClients,
            "NORMAL" => ManagedclusterStatus::Normal,
            "WARNING" => ManagedclusterStatus::Warning,
            other => ManagedclusterStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedclusterStatus);
