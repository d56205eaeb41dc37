//! `ManagedclusterConsolidatedHealthIndicatorsStatus`, from `apis/managed-clusters/schemas/managedcluster.yaml#/properties/consolidatedHealthIndicatorsStatus`.

/// The consolidated Health Status for the Managed cluster
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedclusterConsolidatedHealthIndicatorsStatus {
    /// `NORMAL`
    Normal,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedclusterConsolidatedHealthIndicatorsStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedclusterConsolidatedHealthIndicatorsStatus::Normal => "NORMAL",
            ManagedclusterConsolidatedHealthIndicatorsStatus::Warning => "WARNING",
            ManagedclusterConsolidatedHealthIndicatorsStatus::Error => "ERROR",
            ManagedclusterConsolidatedHealthIndicatorsStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedclusterConsolidatedHealthIndicatorsStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => ManagedclusterConsolidatedHealthIndicatorsStatus::Normal,
            "WARNING" => ManagedclusterConsolidatedHealthIndicatorsStatus::Warning,
            "ERROR" => ManagedclusterConsolidatedHealthIndicatorsStatus::Error,
            other => {
                ManagedclusterConsolidatedHealthIndicatorsStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(ManagedclusterConsolidatedHealthIndicatorsStatus);
