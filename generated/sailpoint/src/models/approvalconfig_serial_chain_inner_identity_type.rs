//! `ApprovalconfigSerialChainInnerIdentityType`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/serialChain/items/properties/identityType`.

/// Type of identityId in the serial chain.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalconfigSerialChainInnerIdentityType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `MANAGER_OF`
    ManagerOf,
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// `MACHINE_ACCOUNT_OWNER`
    MachineAccountOwner,
    /// `MACHINE_IDENTITY_OWNER`
    MachineIdentityOwner,
    /// `MANAGER_OF_REQUESTED_TARGET_OWNER`
    ManagerOfRequestedTargetOwner,
    /// `MANAGER_OF_MACHINE_IDENTITY_OWNER`
    ManagerOfMachineIdentityOwner,
    /// `MANAGER_OF_ACCOUNT_OWNER`
    ManagerOfAccountOwner,
    /// `MANAGER_OF_MACHINE_ACCOUNT_OWNER`
    ManagerOfMachineAccountOwner,
    /// `MANAGER_OF_REQUESTER`
    ManagerOfRequester,
    /// `MANAGER_OF_REQUESTER_OWNER`
    ManagerOfRequesterOwner,
    /// `MANAGER_OF_OWNER`
    ManagerOfOwner,
    /// `ACCESS_PROFILE_OWNER`
    AccessProfileOwner,
    /// `APPLICATION_OWNER`
    ApplicationOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// `ROLE_OWNER`
    RoleOwner,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `REQUESTED_TARGET_OWNER`
    RequestedTargetOwner,
    /// `ACCESS_PROFILE_PRIMARY_OWNER`
    AccessProfilePrimaryOwner,
    /// `APPLICATION_PRIMARY_OWNER`
    ApplicationPrimaryOwner,
    /// `ENTITLEMENT_PRIMARY_OWNER`
    EntitlementPrimaryOwner,
    /// `ROLE_PRIMARY_OWNER`
    RolePrimaryOwner,
    /// `SOURCE_PRIMARY_OWNER`
    SourcePrimaryOwner,
    /// `ACCOUNT_PRIMARY_OWNER`
    AccountPrimaryOwner,
    /// `MACHINE_ACCOUNT_PRIMARY_OWNER`
    MachineAccountPrimaryOwner,
    /// `MACHINE_IDENTITY_PRIMARY_OWNER`
    MachineIdentityPrimaryOwner,
    /// `REQUESTED_TARGET_PRIMARY_OWNER`
    RequestedTargetPrimaryOwner,
    /// `ACCESS_PROFILE_SECONDARY_OWNER_GROUP`
    AccessProfileSecondaryOwnerGroup,
    /// `APPLICATION_SECONDARY_OWNER_GROUP`
    ApplicationSecondaryOwnerGroup,
    /// `ENTITLEMENT_SECONDARY_OWNER_GROUP`
    EntitlementSecondaryOwnerGroup,
    /// `ROLE_SECONDARY_OWNER_GROUP`
    RoleSecondaryOwnerGroup,
    /// `SOURCE_SECONDARY_OWNER_GROUP`
    SourceSecondaryOwnerGroup,
    /// `ACCOUNT_SECONDARY_OWNER_GROUP`
    AccountSecondaryOwnerGroup,
    /// `MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP`
    MachineAccountSecondaryOwnerGroup,
    /// `MACHINE_IDENTITY_SECONDARY_OWNER_GROUP`
    MachineIdentitySecondaryOwnerGroup,
    /// `REQUESTED_TARGET_SECONDARY_OWNER_GROUP`
    RequestedTargetSecondaryOwnerGroup,
    /// `ACCESS_PROFILE_ALL_OWNER_GROUP`
    AccessProfileAllOwnerGroup,
    /// `APPLICATION_ALL_OWNER_GROUP`
    ApplicationAllOwnerGroup,
    /// `ENTITLEMENT_ALL_OWNER_GROUP`
    EntitlementAllOwnerGroup,
    /// `ROLE_ALL_OWNER_GROUP`
    RoleAllOwnerGroup,
    /// `SOURCE_ALL_OWNER_GROUP`
    SourceAllOwnerGroup,
    /// `ACCOUNT_ALL_OWNER_GROUP`
    AccountAllOwnerGroup,
    /// `MACHINE_ACCOUNT_ALL_OWNER_GROUP`
    MachineAccountAllOwnerGroup,
    /// `MACHINE_IDENTITY_ALL_OWNER_GROUP`
    MachineIdentityAllOwnerGroup,
    /// `REQUESTED_TARGET_ALL_OWNER_GROUP`
    RequestedTargetAllOwnerGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalconfigSerialChainInnerIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalconfigSerialChainInnerIdentityType::Identity => "IDENTITY",
            ApprovalconfigSerialChainInnerIdentityType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::ManagerOf => "MANAGER_OF",
            ApprovalconfigSerialChainInnerIdentityType::AccountOwner => "ACCOUNT_OWNER",
            ApprovalconfigSerialChainInnerIdentityType::MachineAccountOwner => {
                "MACHINE_ACCOUNT_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::MachineIdentityOwner => {
                "MACHINE_IDENTITY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ManagerOfAccountOwner => {
                "MANAGER_OF_ACCOUNT_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ManagerOfMachineAccountOwner => {
                "MANAGER_OF_MACHINE_ACCOUNT_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ManagerOfRequester => {
                "MANAGER_OF_REQUESTER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ManagerOfRequesterOwner => {
                "MANAGER_OF_REQUESTER_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ManagerOfOwner => {
                "MANAGER_OF_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::AccessProfileOwner => {
                "ACCESS_PROFILE_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ApplicationOwner => {
                "APPLICATION_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::EntitlementOwner => {
                "ENTITLEMENT_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::RoleOwner => "ROLE_OWNER",
            ApprovalconfigSerialChainInnerIdentityType::SourceOwner => "SOURCE_OWNER",
            ApprovalconfigSerialChainInnerIdentityType::RequestedTargetOwner => {
                "REQUESTED_TARGET_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::AccessProfilePrimaryOwner => {
                "ACCESS_PROFILE_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::ApplicationPrimaryOwner => {
                "APPLICATION_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::EntitlementPrimaryOwner => {
                "ENTITLEMENT_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::RolePrimaryOwner => {
                "ROLE_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::SourcePrimaryOwner => {
                "SOURCE_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::AccountPrimaryOwner => {
                "ACCOUNT_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::MachineAccountPrimaryOwner => {
                "MACHINE_ACCOUNT_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::MachineIdentityPrimaryOwner => {
                "MACHINE_IDENTITY_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::RequestedTargetPrimaryOwner => {
                "REQUESTED_TARGET_PRIMARY_OWNER"
            }
            ApprovalconfigSerialChainInnerIdentityType::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::ApplicationSecondaryOwnerGroup => {
                "APPLICATION_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::EntitlementSecondaryOwnerGroup => {
                "ENTITLEMENT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::RoleSecondaryOwnerGroup => {
                "ROLE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::SourceSecondaryOwnerGroup => {
                "SOURCE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::AccountSecondaryOwnerGroup => {
                "ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::AccessProfileAllOwnerGroup => {
                "ACCESS_PROFILE_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::ApplicationAllOwnerGroup => {
                "APPLICATION_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::EntitlementAllOwnerGroup => {
                "ENTITLEMENT_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::RoleAllOwnerGroup => {
                "ROLE_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::SourceAllOwnerGroup => {
                "SOURCE_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::AccountAllOwnerGroup => {
                "ACCOUNT_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::MachineAccountAllOwnerGroup => {
                "MACHINE_ACCOUNT_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::MachineIdentityAllOwnerGroup => {
                "MACHINE_IDENTITY_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::RequestedTargetAllOwnerGroup => {
                "REQUESTED_TARGET_ALL_OWNER_GROUP"
            }
            ApprovalconfigSerialChainInnerIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalconfigSerialChainInnerIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ApprovalconfigSerialChainInnerIdentityType::Identity,
            "GOVERNANCE_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::GovernanceGroup
            }
            "MANAGER_OF" => ApprovalconfigSerialChainInnerIdentityType::ManagerOf,
            "ACCOUNT_OWNER" => ApprovalconfigSerialChainInnerIdentityType::AccountOwner,
            "MACHINE_ACCOUNT_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::MachineAccountOwner
            }
            "MACHINE_IDENTITY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::MachineIdentityOwner
            }
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::ManagerOfRequestedTargetOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::ManagerOfMachineIdentityOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::ManagerOfAccountOwner
            }
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::ManagerOfMachineAccountOwner
            }
            "MANAGER_OF_REQUESTER" => {
                ApprovalconfigSerialChainInnerIdentityType::ManagerOfRequester
            }
            "MANAGER_OF_REQUESTER_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::ManagerOfRequesterOwner
            }
            "MANAGER_OF_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::ManagerOfOwner
            }
            "ACCESS_PROFILE_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::AccessProfileOwner
            }
            "APPLICATION_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::ApplicationOwner
            }
            "ENTITLEMENT_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::EntitlementOwner
            }
            "ROLE_OWNER" => ApprovalconfigSerialChainInnerIdentityType::RoleOwner,
            "SOURCE_OWNER" => ApprovalconfigSerialChainInnerIdentityType::SourceOwner,
            "REQUESTED_TARGET_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::RequestedTargetOwner
            }
            "ACCESS_PROFILE_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::AccessProfilePrimaryOwner
            }
            "APPLICATION_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::ApplicationPrimaryOwner
            }
            "ENTITLEMENT_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::EntitlementPrimaryOwner
            }
            "ROLE_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::RolePrimaryOwner
            }
            "SOURCE_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::SourcePrimaryOwner
            }
            "ACCOUNT_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::AccountPrimaryOwner
            }
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::MachineAccountPrimaryOwner
            }
            "MACHINE_IDENTITY_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::MachineIdentityPrimaryOwner
            }
            "REQUESTED_TARGET_PRIMARY_OWNER" => {
                ApprovalconfigSerialChainInnerIdentityType::RequestedTargetPrimaryOwner
            }
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::ApplicationSecondaryOwnerGroup
            }
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::EntitlementSecondaryOwnerGroup
            }
            "ROLE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::RoleSecondaryOwnerGroup
            }
            "SOURCE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::SourceSecondaryOwnerGroup
            }
            "ACCOUNT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::AccountSecondaryOwnerGroup
            }
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::AccessProfileAllOwnerGroup
            }
            "APPLICATION_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::ApplicationAllOwnerGroup
            }
            "ENTITLEMENT_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::EntitlementAllOwnerGroup
            }
            "ROLE_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::RoleAllOwnerGroup
            }
            "SOURCE_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::SourceAllOwnerGroup
            }
            "ACCOUNT_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::AccountAllOwnerGroup
            }
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::MachineAccountAllOwnerGroup
            }
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::MachineIdentityAllOwnerGroup
            }
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => {
                ApprovalconfigSerialChainInnerIdentityType::RequestedTargetAllOwnerGroup
            }
            other => {
                ApprovalconfigSerialChainInnerIdentityType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ApprovalconfigSerialChainInnerIdentityType);
