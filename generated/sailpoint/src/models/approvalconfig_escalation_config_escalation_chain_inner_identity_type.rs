//! `ApprovalconfigEscalationConfigEscalationChainInnerIdentityType`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/escalationConfig/properties/escalationChain/items/properties/identityType`.

/// Type of identityId in the escalation chain.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalconfigEscalationConfigEscalationChainInnerIdentityType {
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

impl ApprovalconfigEscalationConfigEscalationChainInnerIdentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::Identity => {
                "IDENTITY"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOf => {
                "MANAGER_OF"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountOwner => {
                "ACCOUNT_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountOwner => {
                "MACHINE_ACCOUNT_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityOwner => {
                "MACHINE_IDENTITY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfAccountOwner => {
                "MANAGER_OF_ACCOUNT_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfMachineAccountOwner => {
                "MANAGER_OF_MACHINE_ACCOUNT_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequester => {
                "MANAGER_OF_REQUESTER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequesterOwner => {
                "MANAGER_OF_REQUESTER_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfOwner => {
                "MANAGER_OF_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileOwner => {
                "ACCESS_PROFILE_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationOwner => {
                "APPLICATION_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementOwner => {
                "ENTITLEMENT_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleOwner => {
                "ROLE_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceOwner => {
                "SOURCE_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetOwner => {
                "REQUESTED_TARGET_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfilePrimaryOwner => {
                "ACCESS_PROFILE_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationPrimaryOwner => {
                "APPLICATION_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementPrimaryOwner => {
                "ENTITLEMENT_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RolePrimaryOwner => {
                "ROLE_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourcePrimaryOwner => {
                "SOURCE_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountPrimaryOwner => {
                "ACCOUNT_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountPrimaryOwner => {
                "MACHINE_ACCOUNT_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityPrimaryOwner => {
                "MACHINE_IDENTITY_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetPrimaryOwner => {
                "REQUESTED_TARGET_PRIMARY_OWNER"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationSecondaryOwnerGroup => {
                "APPLICATION_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementSecondaryOwnerGroup => {
                "ENTITLEMENT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleSecondaryOwnerGroup => {
                "ROLE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceSecondaryOwnerGroup => {
                "SOURCE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountSecondaryOwnerGroup => {
                "ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileAllOwnerGroup => {
                "ACCESS_PROFILE_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationAllOwnerGroup => {
                "APPLICATION_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementAllOwnerGroup => {
                "ENTITLEMENT_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleAllOwnerGroup => {
                "ROLE_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceAllOwnerGroup => {
                "SOURCE_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountAllOwnerGroup => {
                "ACCOUNT_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountAllOwnerGroup => {
                "MACHINE_ACCOUNT_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityAllOwnerGroup => {
                "MACHINE_IDENTITY_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetAllOwnerGroup => {
                "REQUESTED_TARGET_ALL_OWNER_GROUP"
            }
            ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for ApprovalconfigEscalationConfigEscalationChainInnerIdentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::Identity
            }
            "GOVERNANCE_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::GovernanceGroup
            }
            "MANAGER_OF" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOf
            }
            "ACCOUNT_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountOwner
            }
            "MACHINE_ACCOUNT_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountOwner
            }
            "MACHINE_IDENTITY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityOwner
            }
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequestedTargetOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfMachineIdentityOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfAccountOwner
            }
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfMachineAccountOwner
            }
            "MANAGER_OF_REQUESTER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequester
            }
            "MANAGER_OF_REQUESTER_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfRequesterOwner
            }
            "MANAGER_OF_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ManagerOfOwner
            }
            "ACCESS_PROFILE_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileOwner
            }
            "APPLICATION_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationOwner
            }
            "ENTITLEMENT_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementOwner
            }
            "ROLE_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleOwner
            }
            "SOURCE_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceOwner
            }
            "REQUESTED_TARGET_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetOwner
            }
            "ACCESS_PROFILE_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfilePrimaryOwner
            }
            "APPLICATION_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationPrimaryOwner
            }
            "ENTITLEMENT_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementPrimaryOwner
            }
            "ROLE_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RolePrimaryOwner
            }
            "SOURCE_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourcePrimaryOwner
            }
            "ACCOUNT_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountPrimaryOwner
            }
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountPrimaryOwner
            }
            "MACHINE_IDENTITY_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityPrimaryOwner
            }
            "REQUESTED_TARGET_PRIMARY_OWNER" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetPrimaryOwner
            }
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationSecondaryOwnerGroup
            }
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementSecondaryOwnerGroup
            }
            "ROLE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleSecondaryOwnerGroup
            }
            "SOURCE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceSecondaryOwnerGroup
            }
            "ACCOUNT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountSecondaryOwnerGroup
            }
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccessProfileAllOwnerGroup
            }
            "APPLICATION_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::ApplicationAllOwnerGroup
            }
            "ENTITLEMENT_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::EntitlementAllOwnerGroup
            }
            "ROLE_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RoleAllOwnerGroup
            }
            "SOURCE_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::SourceAllOwnerGroup
            }
            "ACCOUNT_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::AccountAllOwnerGroup
            }
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineAccountAllOwnerGroup
            }
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::MachineIdentityAllOwnerGroup
            }
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::RequestedTargetAllOwnerGroup
            }
            other => {
                ApprovalconfigEscalationConfigEscalationChainInnerIdentityType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    ApprovalconfigEscalationConfigEscalationChainInnerIdentityType
);
