//! `RolePropagationOngoingResponseRolePropagationDetailsExecutionStage`, from `apis/role-propagation/schemas/role-propagation-ongoing-response.yaml#/properties/rolePropagationDetails/properties/executionStage`.

/// Current execution stage of the Role Propagation process.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RolePropagationOngoingResponseRolePropagationDetailsExecutionStage {
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

impl RolePropagationOngoingResponseRolePropagationDetailsExecutionStage {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Pending => {
                "PENDING"
            }
            RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::DataAggregationRunning => {
                "DATA_AGGREGATION_RUNNING"
            }
            RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::LaunchProvisioning => {
                "LAUNCH_PROVISIONING"
            }
            RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Succeeded => {
                "SUCCEEDED"
            }
            RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Failed => {
                "FAILED"
            }
            RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Terminated => {
                "TERMINATED"
            }
            RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for RolePropagationOngoingResponseRolePropagationDetailsExecutionStage {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => {
                RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Pending
            }
            "DATA_AGGREGATION_RUNNING" => {
                RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::DataAggregationRunning
            }
            "LAUNCH_PROVISIONING" => {
                RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::LaunchProvisioning
            }
            "SUCCEEDED" => {
                RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Succeeded
            }
            "FAILED" => {
                RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Failed
            }
            "TERMINATED" => {
                RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Terminated
            }
            other => {
                RolePropagationOngoingResponseRolePropagationDetailsExecutionStage::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    RolePropagationOngoingResponseRolePropagationDetailsExecutionStage
);
