//! `ManagedclienthealthindicatorsBodyStatus`, from `apis/managed-clients/schemas/managedclienthealthindicators.yaml#/properties/body/properties/status`.

/// Status of the client at the time of report
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclienthealthindicatorsBodyStatus {
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

impl ManagedclienthealthindicatorsBodyStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclienthealthindicatorsBodyStatus::Normal => "NORMAL",
            ManagedclienthealthindicatorsBodyStatus::Undefined => "UNDEFINED",
            ManagedclienthealthindicatorsBodyStatus::Warning => "WARNING",
            ManagedclienthealthindicatorsBodyStatus::Error => "ERROR",
            ManagedclienthealthindicatorsBodyStatus::Failed => "FAILED",
            ManagedclienthealthindicatorsBodyStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclienthealthindicatorsBodyStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => ManagedclienthealthindicatorsBodyStatus::Normal,
            "UNDEFINED" => ManagedclienthealthindicatorsBodyStatus::Undefined,
            "WARNING" => ManagedclienthealthindicatorsBodyStatus::Warning,
            "ERROR" => ManagedclienthealthindicatorsBodyStatus::Error,
            "FAILED" => ManagedclienthealthindicatorsBodyStatus::Failed,
            other => ManagedclienthealthindicatorsBodyStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ManagedclienthealthindicatorsBodyStatus);
