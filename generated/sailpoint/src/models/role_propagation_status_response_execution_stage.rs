//! `RolePropagationStatusResponseExecutionStage`, from `apis/role-propagation/schemas/role-propagation-status-response.yaml#/properties/executionStage`.

/// Current execution stage of the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolePropagationStatusResponseExecutionStage {
    /// `PENDING`
    Pending,
    /// `DATA_AGGREGATION_RUNNING`
    DataAggregationRunning,
    /// `LAUNCH_PROVISIONING`
    LaunchProvisioning,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
    /// `TERMINATED`
    Terminated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RolePropagationStatusResponseExecutionStage {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolePropagationStatusResponseExecutionStage::Pending => "PENDING",
            RolePropagationStatusResponseExecutionStage::DataAggregationRunning => {
                "DATA_AGGREGATION_RUNNING"
            }
            RolePropagationStatusResponseExecutionStage::LaunchProvisioning => {
                "LAUNCH_PROVISIONING"
            }
            RolePropagationStatusResponseExecutionStage::Succeeded => "SUCCEEDED",
            RolePropagationStatusResponseExecutionStage::Failed => "FAILED",
            RolePropagationStatusResponseExecutionStage::Terminated => "TERMINATED",
            RolePropagationStatusResponseExecutionStage::Unknown(value) => value,
        }
    }
}

impl From<&str> for RolePropagationStatusResponseExecutionStage {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => RolePropagationStatusResponseExecutionStage::Pending,
            "DATA_AGGREGATION_RUNNING" => {
                RolePropagationStatusResponseExecutionStage::DataAggregationRunning
            }
            "LAUNCH_PROVISIONING" => {
                RolePropagationStatusResponseExecutionStage::LaunchProvisioning
            }
            "SUCCEEDED" => RolePropagationStatusResponseExecutionStage::Succeeded,
            "FAILED" => RolePropagationStatusResponseExecutionStage::Failed,
            "TERMINATED" => RolePropagationStatusResponseExecutionStage::Terminated,
            other => {
                RolePropagationStatusResponseExecutionStage::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(RolePropagationStatusResponseExecutionStage);
