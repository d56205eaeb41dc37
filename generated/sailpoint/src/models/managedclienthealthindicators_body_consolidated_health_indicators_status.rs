//! `ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus`, from `apis/managed-clients/schemas/managedclienthealthindicators.yaml#/properties/body/properties/consolidatedHealthIndicatorsStatus`.

/// Consolidated health indicator status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus {
    /// `NORMAL`
    Normal,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus::Normal => {
                "NORMAL"
            }
            ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus::Warning => {
                "WARNING"
            }
            ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus::Error => {
                "ERROR"
            }
            ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => {
                ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus::Normal
            }
            "WARNING" => {
                ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus::Warning
            }
            "ERROR" => {
                ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus::Error
            }
            other => {
                ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    ManagedclienthealthindicatorsBodyConsolidatedHealthIndicatorsStatus
);
