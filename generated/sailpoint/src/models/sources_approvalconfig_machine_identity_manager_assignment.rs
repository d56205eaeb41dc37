//! `SourcesApprovalconfigMachineIdentityManagerAssignment`, from `apis/sources/schemas/approvalconfig.yaml#/properties/machineIdentityManagerAssignment`.

/// Specifies how to treat the identity type "MANAGER_OF" when the requestee is a machine identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesApprovalconfigMachineIdentityManagerAssignment {
    /// `MANAGER_OF_REQUESTER`
    ManagerOfRequester,
    /// `MACHINE_IDENTITY_OWNER`
    MachineIdentityOwner,
    /// `MANAGER_OF_MACHINE_IDENTITY_OWNER`
    ManagerOfMachineIdentityOwner,
    /// `REQUESTED_TARGET_OWNER`
    RequestedTargetOwner,
    /// `MANAGER_OF_REQUESTED_TARGET_OWNER`
    ManagerOfRequestedTargetOwner,
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// `MANAGER_OF_ACCOUNT_OWNER`
    ManagerOfAccountOwner,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcesApprovalconfigMachineIdentityManagerAssignment {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesApprovalconfigMachineIdentityManagerAssignment::ManagerOfRequester => {
                "MANAGER_OF_REQUESTER"
            }
            SourcesApprovalconfigMachineIdentityManagerAssignment::MachineIdentityOwner => {
                "MACHINE_IDENTITY_OWNER"
            }
            SourcesApprovalconfigMachineIdentityManagerAssignment::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            SourcesApprovalconfigMachineIdentityManagerAssignment::RequestedTargetOwner => {
                "REQUESTED_TARGET_OWNER"
            }
            SourcesApprovalconfigMachineIdentityManagerAssignment::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            SourcesApprovalconfigMachineIdentityManagerAssignment::AccountOwner => {
                "ACCOUNT_OWNER"
            }
            SourcesApprovalconfigMachineIdentityManagerAssignment::ManagerOfAccountOwner => {
                "MANAGER_OF_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigMachineIdentityManagerAssignment::Unknown(value) => {
                value
            }
        }
    }
}

impl From<&str> for SourcesApprovalconfigMachineIdentityManagerAssignment {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER_OF_REQUESTER" => {
                SourcesApprovalconfigMachineIdentityManagerAssignment::ManagerOfRequester
            }
            "MACHINE_IDENTITY_OWNER" => {
                SourcesApprovalconfigMachineIdentityManagerAssignment::MachineIdentityOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                SourcesApprovalconfigMachineIdentityManagerAssignment::ManagerOfMachineIdentityOwner
            }
            "REQUESTED_TARGET_OWNER" => {
                SourcesApprovalconfigMachineIdentityManagerAssignment::RequestedTargetOwner
            }
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                SourcesApprovalconfigMachineIdentityManagerAssignment::ManagerOfRequestedTargetOwner
            }
            "ACCOUNT_OWNER" => {
                SourcesApprovalconfigMachineIdentityManagerAssignment::AccountOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => {
                SourcesApprovalconfigMachineIdentityManagerAssignment::ManagerOfAccountOwner
            }
            other => {
                SourcesApprovalconfigMachineIdentityManagerAssignment::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(SourcesApprovalconfigMachineIdentityManagerAssignment);
