//! `MachineidentityaggregationresponseType`, from `apis/machine-identities/schemas/machineidentityaggregationresponse.yaml#/properties/type`.

/// Type of task for aggregation
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineidentityaggregationresponseType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineidentityaggregationresponseType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineidentityaggregationresponseType::Quartz => "QUARTZ",
            MachineidentityaggregationresponseType::Qpoc => "QPOC",
            MachineidentityaggregationresponseType::QueuedTask => "QUEUED_TASK",
            MachineidentityaggregationresponseType::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineidentityaggregationresponseType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => MachineidentityaggregationresponseType::Quartz,
            "QPOC" => MachineidentityaggregationresponseType::Qpoc,
            "QUEUED_TASK" => MachineidentityaggregationresponseType::QueuedTask,
            other => MachineidentityaggregationresponseType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MachineidentityaggregationresponseType);
