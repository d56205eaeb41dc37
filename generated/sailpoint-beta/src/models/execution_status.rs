//! `ExecutionStatus`, from `v3/schemas/ExecutionStatus.yaml`.

/// The current state of execution.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExecutionStatus {
    /// `EXECUTING`
    Executing,
    /// `VERIFYING`
    Verifying,
    /// `TERMINATED`
    Terminated,
    /// `COMPLETED`
    Completed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExecutionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ExecutionStatus::Executing => "EXECUTING",
            ExecutionStatus::Verifying => "VERIFYING",
            ExecutionStatus::Terminated => "TERMINATED",
            ExecutionStatus::Completed => "COMPLETED",
            ExecutionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExecutionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXECUTING" => ExecutionStatus::Executing,
            "VERIFYING" => ExecutionStatus::Verifying,
            "TERMINATED" => ExecutionStatus::Terminated,
            "COMPLETED" => ExecutionStatus::Completed,
            other => ExecutionStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ExecutionStatus);
