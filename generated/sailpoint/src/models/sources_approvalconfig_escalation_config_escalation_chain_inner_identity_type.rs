//! `SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType`, from `apis/sources/schemas/approvalconfig.yaml#/properties/escalationConfig/properties/escalationChain/items/properties/identityType`.

/// Type of identityId in the escalation chain.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType {
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

impl SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::Identity => {
                "IDENTITY"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOf => {
                "MANAGER_OF"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountOwner => {
                "ACCOUNT_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountOwner => {
                "MACHINE_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityOwner => {
                "MACHINE_IDENTITY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfAccountOwner => {
                "MANAGER_OF_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfMachineAccountOwner => {
                "MANAGER_OF_MACHINE_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequester => {
                "MANAGER_OF_REQUESTER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequesterOwner => {
                "MANAGER_OF_REQUESTER_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfOwner => {
                "MANAGER_OF_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileOwner => {
                "ACCESS_PROFILE_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationOwner => {
                "APPLICATION_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementOwner => {
                "ENTITLEMENT_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleOwner => {
                "ROLE_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceOwner => {
                "SOURCE_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetOwner => {
                "REQUESTED_TARGET_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfilePrimaryOwner => {
                "ACCESS_PROFILE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationPrimaryOwner => {
                "APPLICATION_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementPrimaryOwner => {
                "ENTITLEMENT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RolePrimaryOwner => {
                "ROLE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourcePrimaryOwner => {
                "SOURCE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountPrimaryOwner => {
                "ACCOUNT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountPrimaryOwner => {
                "MACHINE_ACCOUNT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityPrimaryOwner => {
                "MACHINE_IDENTITY_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetPrimaryOwner => {
                "REQUESTED_TARGET_PRIMARY_OWNER"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationSecondaryOwnerGroup => {
                "APPLICATION_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementSecondaryOwnerGroup => {
                "ENTITLEMENT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleSecondaryOwnerGroup => {
                "ROLE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceSecondaryOwnerGroup => {
                "SOURCE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountSecondaryOwnerGroup => {
                "ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileAllOwnerGroup => {
                "ACCESS_PROFILE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationAllOwnerGroup => {
                "APPLICATION_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementAllOwnerGroup => {
                "ENTITLEMENT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleAllOwnerGroup => {
                "ROLE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceAllOwnerGroup => {
                "SOURCE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountAllOwnerGroup => {
                "ACCOUNT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountAllOwnerGroup => {
                "MACHINE_ACCOUNT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityAllOwnerGroup => {
                "MACHINE_IDENTITY_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetAllOwnerGroup => {
                "REQUESTED_TARGET_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str>
for SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::Identity
            }
            "GOVERNANCE_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::GovernanceGroup
            }
            "MANAGER_OF" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOf
            }
            "ACCOUNT_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountOwner
            }
            "MACHINE_ACCOUNT_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountOwner
            }
            "MACHINE_IDENTITY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityOwner
            }
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequestedTargetOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfMachineIdentityOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfAccountOwner
            }
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfMachineAccountOwner
            }
            "MANAGER_OF_REQUESTER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequester
            }
            "MANAGER_OF_REQUESTER_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequesterOwner
            }
            "MANAGER_OF_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfOwner
            }
            "ACCESS_PROFILE_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileOwner
            }
            "APPLICATION_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationOwner
            }
            "ENTITLEMENT_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementOwner
            }
            "ROLE_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleOwner
            }
            "SOURCE_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceOwner
            }
            "REQUESTED_TARGET_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetOwner
            }
            "ACCESS_PROFILE_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfilePrimaryOwner
            }
            "APPLICATION_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationPrimaryOwner
            }
            "ENTITLEMENT_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementPrimaryOwner
            }
            "ROLE_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RolePrimaryOwner
            }
            "SOURCE_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourcePrimaryOwner
            }
            "ACCOUNT_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountPrimaryOwner
            }
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountPrimaryOwner
            }
            "MACHINE_IDENTITY_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityPrimaryOwner
            }
            "REQUESTED_TARGET_PRIMARY_OWNER" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetPrimaryOwner
            }
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationSecondaryOwnerGroup
            }
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementSecondaryOwnerGroup
            }
            "ROLE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleSecondaryOwnerGroup
            }
            "SOURCE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceSecondaryOwnerGroup
            }
            "ACCOUNT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountSecondaryOwnerGroup
            }
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileAllOwnerGroup
            }
            "APPLICATION_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationAllOwnerGroup
            }
            "ENTITLEMENT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementAllOwnerGroup
            }
            "ROLE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleAllOwnerGroup
            }
            "SOURCE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceAllOwnerGroup
            }
            "ACCOUNT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountAllOwnerGroup
            }
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountAllOwnerGroup
            }
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityAllOwnerGroup
            }
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetAllOwnerGroup
            }
            other => {
                SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    SourcesApprovalconfigEscalationConfigEscalationChainInnerIdentityType
);
