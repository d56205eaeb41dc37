//! `ManagedclienthealthindicatorsStatus`, from `apis/managed-clients/schemas/managedclienthealthindicators.yaml#/properties/status`.

/// Top-level status of the Managed Client
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclienthealthindicatorsStatus {
    /// `NORMAL`
    Normal,
    /// `UNDEFINED`
    Undefined,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclienthealthindicatorsStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclienthealthindicatorsStatus::Normal => "NORMAL",
            ManagedclienthealthindicatorsStatus::Undefined => "UNDEFINED",
            ManagedclienthealthindicatorsStatus::Warning => "WARNING",
            ManagedclienthealthindicatorsStatus::Error => "ERROR",
            ManagedclienthealthindicatorsStatus::Failed => "FAILED",
            ManagedclienthealthindicatorsStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclienthealthindicatorsStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => ManagedclienthealthindicatorsStatus::Normal,
            "UNDEFINED" => ManagedclienthealthindicatorsStatus::Undefined,
            "WARNING" => ManagedclienthealthindicatorsStatus::Warning,
            "ERROR" => ManagedclienthealthindicatorsStatus::Error,
            "FAILED" => ManagedclienthealthindicatorsStatus::Failed,
            other => ManagedclienthealthindicatorsStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedclienthealthindicatorsStatus);
