//! `MachineAccountCreationRequestAccountrequestphaseName`, from `apis/machine-account-creation-request/schemas/accountrequestphase.yaml#/properties/name`.

/// Enum of account request phase type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineAccountCreationRequestAccountrequestphaseName {
    /// `APPROVAL_PHASE`
    ApprovalPhase,
    /// `PROVISIONING_PHASE`
    ProvisioningPhase,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineAccountCreationRequestAccountrequestphaseName {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineAccountCreationRequestAccountrequestphaseName::ApprovalPhase => {
                "APPROVAL_PHASE"
            }
            MachineAccountCreationRequestAccountrequestphaseName::ProvisioningPhase => {
                "PROVISIONING_PHASE"
            }
            MachineAccountCreationRequestAccountrequestphaseName::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineAccountCreationRequestAccountrequestphaseName {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVAL_PHASE" => {
                MachineAccountCreationRequestAccountrequestphaseName::ApprovalPhase
            }
            "PROVISIONING_PHASE" => {
                MachineAccountCreationRequestAccountrequestphaseName::ProvisioningPhase
            }
            other => {
                MachineAccountCreationRequestAccountrequestphaseName::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(MachineAccountCreationRequestAccountrequestphaseName);
