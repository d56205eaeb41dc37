//! `SourcesApprovalconfigSerialChainInnerIdentityType`, from `apis/sources/schemas/approvalconfig.yaml#/properties/serialChain/items/properties/identityType`.

/// Type of identityId in the serial chain.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesApprovalconfigSerialChainInnerIdentityType {
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

impl SourcesApprovalconfigSerialChainInnerIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesApprovalconfigSerialChainInnerIdentityType::Identity => "IDENTITY",
            SourcesApprovalconfigSerialChainInnerIdentityType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOf => "MANAGER_OF",
            SourcesApprovalconfigSerialChainInnerIdentityType::AccountOwner => {
                "ACCOUNT_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::MachineAccountOwner => {
                "MACHINE_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::MachineIdentityOwner => {
                "MACHINE_IDENTITY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfAccountOwner => {
                "MANAGER_OF_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfMachineAccountOwner => {
                "MANAGER_OF_MACHINE_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfRequester => {
                "MANAGER_OF_REQUESTER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfRequesterOwner => {
                "MANAGER_OF_REQUESTER_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfOwner => {
                "MANAGER_OF_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::AccessProfileOwner => {
                "ACCESS_PROFILE_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ApplicationOwner => {
                "APPLICATION_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::EntitlementOwner => {
                "ENTITLEMENT_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::RoleOwner => "ROLE_OWNER",
            SourcesApprovalconfigSerialChainInnerIdentityType::SourceOwner => {
                "SOURCE_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::RequestedTargetOwner => {
                "REQUESTED_TARGET_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::AccessProfilePrimaryOwner => {
                "ACCESS_PROFILE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ApplicationPrimaryOwner => {
                "APPLICATION_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::EntitlementPrimaryOwner => {
                "ENTITLEMENT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::RolePrimaryOwner => {
                "ROLE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::SourcePrimaryOwner => {
                "SOURCE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::AccountPrimaryOwner => {
                "ACCOUNT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::MachineAccountPrimaryOwner => {
                "MACHINE_ACCOUNT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::MachineIdentityPrimaryOwner => {
                "MACHINE_IDENTITY_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::RequestedTargetPrimaryOwner => {
                "REQUESTED_TARGET_PRIMARY_OWNER"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ApplicationSecondaryOwnerGroup => {
                "APPLICATION_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::EntitlementSecondaryOwnerGroup => {
                "ENTITLEMENT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::RoleSecondaryOwnerGroup => {
                "ROLE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::SourceSecondaryOwnerGroup => {
                "SOURCE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::AccountSecondaryOwnerGroup => {
                "ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::AccessProfileAllOwnerGroup => {
                "ACCESS_PROFILE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::ApplicationAllOwnerGroup => {
                "APPLICATION_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::EntitlementAllOwnerGroup => {
                "ENTITLEMENT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::RoleAllOwnerGroup => {
                "ROLE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::SourceAllOwnerGroup => {
                "SOURCE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::AccountAllOwnerGroup => {
                "ACCOUNT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::MachineAccountAllOwnerGroup => {
                "MACHINE_ACCOUNT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::MachineIdentityAllOwnerGroup => {
                "MACHINE_IDENTITY_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::RequestedTargetAllOwnerGroup => {
                "REQUESTED_TARGET_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigSerialChainInnerIdentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesApprovalconfigSerialChainInnerIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourcesApprovalconfigSerialChainInnerIdentityType::Identity,
            "GOVERNANCE_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::GovernanceGroup
            }
            "MANAGER_OF" => SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOf,
            "ACCOUNT_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::AccountOwner
            }
            "MACHINE_ACCOUNT_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::MachineAccountOwner
            }
            "MACHINE_IDENTITY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::MachineIdentityOwner
            }
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfRequestedTargetOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfMachineIdentityOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfAccountOwner
            }
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfMachineAccountOwner
            }
            "MANAGER_OF_REQUESTER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfRequester
            }
            "MANAGER_OF_REQUESTER_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfRequesterOwner
            }
            "MANAGER_OF_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ManagerOfOwner
            }
            "ACCESS_PROFILE_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::AccessProfileOwner
            }
            "APPLICATION_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ApplicationOwner
            }
            "ENTITLEMENT_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::EntitlementOwner
            }
            "ROLE_OWNER" => SourcesApprovalconfigSerialChainInnerIdentityType::RoleOwner,
            "SOURCE_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::SourceOwner
            }
            "REQUESTED_TARGET_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::RequestedTargetOwner
            }
            "ACCESS_PROFILE_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::AccessProfilePrimaryOwner
            }
            "APPLICATION_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ApplicationPrimaryOwner
            }
            "ENTITLEMENT_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::EntitlementPrimaryOwner
            }
            "ROLE_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::RolePrimaryOwner
            }
            "SOURCE_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::SourcePrimaryOwner
            }
            "ACCOUNT_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::AccountPrimaryOwner
            }
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::MachineAccountPrimaryOwner
            }
            "MACHINE_IDENTITY_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::MachineIdentityPrimaryOwner
            }
            "REQUESTED_TARGET_PRIMARY_OWNER" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::RequestedTargetPrimaryOwner
            }
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ApplicationSecondaryOwnerGroup
            }
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::EntitlementSecondaryOwnerGroup
            }
            "ROLE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::RoleSecondaryOwnerGroup
            }
            "SOURCE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::SourceSecondaryOwnerGroup
            }
            "ACCOUNT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::AccountSecondaryOwnerGroup
            }
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::AccessProfileAllOwnerGroup
            }
            "APPLICATION_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::ApplicationAllOwnerGroup
            }
            "ENTITLEMENT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::EntitlementAllOwnerGroup
            }
            "ROLE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::RoleAllOwnerGroup
            }
            "SOURCE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::SourceAllOwnerGroup
            }
            "ACCOUNT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::AccountAllOwnerGroup
            }
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::MachineAccountAllOwnerGroup
            }
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::MachineIdentityAllOwnerGroup
            }
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigSerialChainInnerIdentityType::RequestedTargetAllOwnerGroup
            }
            other => {
                SourcesApprovalconfigSerialChainInnerIdentityType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(SourcesApprovalconfigSerialChainInnerIdentityType);
