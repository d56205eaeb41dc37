//! `MachineidentityaggregationresponseCompletionStatus`, from `apis/machine-identities/schemas/machineidentityaggregationresponse.yaml#/properties/completionStatus`.

/// Completion status of the aggregation
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentityaggregationresponseCompletionStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMPERROR`
    Temperror,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentityaggregationresponseCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentityaggregationresponseCompletionStatus::Success => "SUCCESS",
            MachineidentityaggregationresponseCompletionStatus::Warning => "WARNING",
            MachineidentityaggregationresponseCompletionStatus::Error => "ERROR",
            MachineidentityaggregationresponseCompletionStatus::Terminated => {
                "TERMINATED"
            }
            MachineidentityaggregationresponseCompletionStatus::Temperror => "TEMPERROR",
            MachineidentityaggregationresponseCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineidentityaggregationresponseCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => MachineidentityaggregationresponseCompletionStatus::Success,
            "WARNING" => MachineidentityaggregationresponseCompletionStatus::Warning,
            "ERROR" => MachineidentityaggregationresponseCompletionStatus::Error,
            "TERMINATED" => {
                MachineidentityaggregationresponseCompletionStatus::Terminated
            }
            "TEMPERROR" => MachineidentityaggregationresponseCompletionStatus::Temperror,
            other => {
                MachineidentityaggregationresponseCompletionStatus::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MachineidentityaggregationresponseCompletionStatus);
