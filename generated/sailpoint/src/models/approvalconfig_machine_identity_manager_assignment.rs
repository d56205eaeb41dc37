//! `ApprovalconfigMachineIdentityManagerAssignment`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/machineIdentityManagerAssignment`.

/// Specifies how to treat the identity type "MANAGER_OF" when the requestee is a machine identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalconfigMachineIdentityManagerAssignment {
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

impl ApprovalconfigMachineIdentityManagerAssignment {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalconfigMachineIdentityManagerAssignment::ManagerOfRequester => {
                "MANAGER_OF_REQUESTER"
            }
            ApprovalconfigMachineIdentityManagerAssignment::MachineIdentityOwner => {
                "MACHINE_IDENTITY_OWNER"
            }
            ApprovalconfigMachineIdentityManagerAssignment::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            ApprovalconfigMachineIdentityManagerAssignment::RequestedTargetOwner => {
                "REQUESTED_TARGET_OWNER"
            }
            ApprovalconfigMachineIdentityManagerAssignment::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            ApprovalconfigMachineIdentityManagerAssignment::AccountOwner => {
                "ACCOUNT_OWNER"
            }
            ApprovalconfigMachineIdentityManagerAssignment::ManagerOfAccountOwner => {
                "MANAGER_OF_ACCOUNT_OWNER"
            }
            ApprovalconfigMachineIdentityManagerAssignment::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalconfigMachineIdentityManagerAssignment {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANAGER_OF_REQUESTER" => {
                ApprovalconfigMachineIdentityManagerAssignment::ManagerOfRequester
            }
            "MACHINE_IDENTITY_OWNER" => {
                ApprovalconfigMachineIdentityManagerAssignment::MachineIdentityOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                ApprovalconfigMachineIdentityManagerAssignment::ManagerOfMachineIdentityOwner
            }
            "REQUESTED_TARGET_OWNER" => {
                ApprovalconfigMachineIdentityManagerAssignment::RequestedTargetOwner
            }
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                ApprovalconfigMachineIdentityManagerAssignment::ManagerOfRequestedTargetOwner
            }
            "ACCOUNT_OWNER" => {
                ApprovalconfigMachineIdentityManagerAssignment::AccountOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => {
                ApprovalconfigMachineIdentityManagerAssignment::ManagerOfAccountOwner
            }
            other => {
                ApprovalconfigMachineIdentityManagerAssignment::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ApprovalconfigMachineIdentityManagerAssignment);
