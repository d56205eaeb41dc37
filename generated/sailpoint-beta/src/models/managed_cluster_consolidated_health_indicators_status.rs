//! `ManagedClusterConsolidatedHealthIndicatorsStatus`, from `beta/schemas/ManagedCluster.yaml#/properties/consolidatedHealthIndicatorsStatus`.

/// The consolidated Health Status for the Managed cluster
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ManagedClusterConsolidatedHealthIndicatorsStatus {
    /// `NORMAL`
    Normal,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ManagedClusterConsolidatedHealthIndicatorsStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ManagedClusterConsolidatedHealthIndicatorsStatus::Normal => "NORMAL",
            ManagedClusterConsolidatedHealthIndicatorsStatus::Warning => "WARNING",
            ManagedClusterConsolidatedHealthIndicatorsStatus::Error => "ERROR",
            ManagedClusterConsolidatedHealthIndicatorsStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ManagedClusterConsolidatedHealthIndicatorsStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => ManagedClusterConsolidatedHealthIndicatorsStatus::Normal,
            "WARNING" => ManagedClusterConsolidatedHealthIndicatorsStatus::Warning,
            "ERROR" => ManagedClusterConsolidatedHealthIndicatorsStatus::Error,
            other => {
                ManagedClusterConsolidatedHealthIndicatorsStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(ManagedClusterConsolidatedHealthIndicatorsStatus);
