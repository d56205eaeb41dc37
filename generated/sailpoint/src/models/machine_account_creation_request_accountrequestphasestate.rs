//! `MachineAccountCreationRequestAccountrequestphasestate`, from `apis/machine-account-creation-request/schemas/accountrequestphasestate.yaml`.

/// The current phase state of the account request, indicating its progress or outcome in the approval workflow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineAccountCreationRequestAccountrequestphasestate {
    /// `PENDING`
    Pending,
    /// `CANCELLED`
    Cancelled,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `PASSED`
    Passed,
    /// `FAILED`
    Failed,
    /// `NOT_STARTED`
    NotStarted,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineAccountCreationRequestAccountrequestphasestate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineAccountCreationRequestAccountrequestphasestate::Pending => "PENDING",
            MachineAccountCreationRequestAccountrequestphasestate::Cancelled => {
                "CANCELLED"
            }
            MachineAccountCreationRequestAccountrequestphasestate::Approved => "APPROVED",
            MachineAccountCreationRequestAccountrequestphasestate::Rejected => "REJECTED",
            MachineAccountCreationRequestAccountrequestphasestate::Passed => "PASSED",
            MachineAccountCreationRequestAccountrequestphasestate::Failed => "FAILED",
            MachineAccountCreationRequestAccountrequestphasestate::NotStarted => {
                "NOT_STARTED"
            }
            MachineAccountCreationRequestAccountrequestphasestate::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for MachineAccountCreationRequestAccountrequestphasestate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => MachineAccountCreationRequestAccountrequestphasestate::Pending,
            "CANCELLED" => {
                MachineAccountCreationRequestAccountrequestphasestate::Cancelled
            }
            "APPROVED" => MachineAccountCreationRequestAccountrequestphasestate::Approved,
            "REJECTED" => MachineAccountCreationRequestAccountrequestphasestate::Rejected,
            "PASSED" => MachineAccountCreationRequestAccountrequestphasestate::Passed,
            "FAILED" => MachineAccountCreationRequestAccountrequestphasestate::Failed,
            "NOT_STARTED" => {
                MachineAccountCreationRequestAccountrequestphasestate::NotStarted
            }
            other => {
                MachineAccountCreationRequestAccountrequestphasestate::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MachineAccountCreationRequestAccountrequestphasestate);
