//! `SourcesApprovalconfigFallbackApproverType`, from `apis/sources/schemas/approvalconfig.yaml#/properties/fallbackApprover/properties/type`.

/// Type of identityID for the fallback approver.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesApprovalconfigFallbackApproverType {
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

impl SourcesApprovalconfigFallbackApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesApprovalconfigFallbackApproverType::Identity => "IDENTITY",
            SourcesApprovalconfigFallbackApproverType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::ManagerOf => "MANAGER_OF",
            SourcesApprovalconfigFallbackApproverType::AccountOwner => "ACCOUNT_OWNER",
            SourcesApprovalconfigFallbackApproverType::MachineAccountOwner => {
                "MACHINE_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::MachineIdentityOwner => {
                "MACHINE_IDENTITY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::ManagerOfAccountOwner => {
                "MANAGER_OF_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::ManagerOfMachineAccountOwner => {
                "MANAGER_OF_MACHINE_ACCOUNT_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::ManagerOfRequester => {
                "MANAGER_OF_REQUESTER"
            }
            SourcesApprovalconfigFallbackApproverType::ManagerOfRequesterOwner => {
                "MANAGER_OF_REQUESTER_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::ManagerOfOwner => {
                "MANAGER_OF_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::AccessProfileOwner => {
                "ACCESS_PROFILE_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::ApplicationOwner => {
                "APPLICATION_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::EntitlementOwner => {
                "ENTITLEMENT_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::RoleOwner => "ROLE_OWNER",
            SourcesApprovalconfigFallbackApproverType::SourceOwner => "SOURCE_OWNER",
            SourcesApprovalconfigFallbackApproverType::RequestedTargetOwner => {
                "REQUESTED_TARGET_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::AccessProfilePrimaryOwner => {
                "ACCESS_PROFILE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::ApplicationPrimaryOwner => {
                "APPLICATION_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::EntitlementPrimaryOwner => {
                "ENTITLEMENT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::RolePrimaryOwner => {
                "ROLE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::SourcePrimaryOwner => {
                "SOURCE_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::AccountPrimaryOwner => {
                "ACCOUNT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::MachineAccountPrimaryOwner => {
                "MACHINE_ACCOUNT_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::MachineIdentityPrimaryOwner => {
                "MACHINE_IDENTITY_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::RequestedTargetPrimaryOwner => {
                "REQUESTED_TARGET_PRIMARY_OWNER"
            }
            SourcesApprovalconfigFallbackApproverType::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::ApplicationSecondaryOwnerGroup => {
                "APPLICATION_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::EntitlementSecondaryOwnerGroup => {
                "ENTITLEMENT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::RoleSecondaryOwnerGroup => {
                "ROLE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::SourceSecondaryOwnerGroup => {
                "SOURCE_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::AccountSecondaryOwnerGroup => {
                "ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::AccessProfileAllOwnerGroup => {
                "ACCESS_PROFILE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::ApplicationAllOwnerGroup => {
                "APPLICATION_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::EntitlementAllOwnerGroup => {
                "ENTITLEMENT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::RoleAllOwnerGroup => {
                "ROLE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::SourceAllOwnerGroup => {
                "SOURCE_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::AccountAllOwnerGroup => {
                "ACCOUNT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::MachineAccountAllOwnerGroup => {
                "MACHINE_ACCOUNT_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::MachineIdentityAllOwnerGroup => {
                "MACHINE_IDENTITY_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::RequestedTargetAllOwnerGroup => {
                "REQUESTED_TARGET_ALL_OWNER_GROUP"
            }
            SourcesApprovalconfigFallbackApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcesApprovalconfigFallbackApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourcesApprovalconfigFallbackApproverType::Identity,
            "GOVERNANCE_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::GovernanceGroup
            }
            "MANAGER_OF" => SourcesApprovalconfigFallbackApproverType::ManagerOf,
            "ACCOUNT_OWNER" => SourcesApprovalconfigFallbackApproverType::AccountOwner,
            "MACHINE_ACCOUNT_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::MachineAccountOwner
            }
            "MACHINE_IDENTITY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::MachineIdentityOwner
            }
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::ManagerOfRequestedTargetOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::ManagerOfMachineIdentityOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::ManagerOfAccountOwner
            }
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::ManagerOfMachineAccountOwner
            }
            "MANAGER_OF_REQUESTER" => {
                SourcesApprovalconfigFallbackApproverType::ManagerOfRequester
            }
            "MANAGER_OF_REQUESTER_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::ManagerOfRequesterOwner
            }
            "MANAGER_OF_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::ManagerOfOwner
            }
            "ACCESS_PROFILE_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::AccessProfileOwner
            }
            "APPLICATION_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::ApplicationOwner
            }
            "ENTITLEMENT_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::EntitlementOwner
            }
            "ROLE_OWNER" => SourcesApprovalconfigFallbackApproverType::RoleOwner,
            "SOURCE_OWNER" => SourcesApprovalconfigFallbackApproverType::SourceOwner,
            "REQUESTED_TARGET_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::RequestedTargetOwner
            }
            "ACCESS_PROFILE_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::AccessProfilePrimaryOwner
            }
            "APPLICATION_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::ApplicationPrimaryOwner
            }
            "ENTITLEMENT_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::EntitlementPrimaryOwner
            }
            "ROLE_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::RolePrimaryOwner
            }
            "SOURCE_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::SourcePrimaryOwner
            }
            "ACCOUNT_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::AccountPrimaryOwner
            }
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::MachineAccountPrimaryOwner
            }
            "MACHINE_IDENTITY_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::MachineIdentityPrimaryOwner
            }
            "REQUESTED_TARGET_PRIMARY_OWNER" => {
                SourcesApprovalconfigFallbackApproverType::RequestedTargetPrimaryOwner
            }
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::ApplicationSecondaryOwnerGroup
            }
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::EntitlementSecondaryOwnerGroup
            }
            "ROLE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::RoleSecondaryOwnerGroup
            }
            "SOURCE_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::SourceSecondaryOwnerGroup
            }
            "ACCOUNT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::AccountSecondaryOwnerGroup
            }
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::AccessProfileAllOwnerGroup
            }
            "APPLICATION_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::ApplicationAllOwnerGroup
            }
            "ENTITLEMENT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::EntitlementAllOwnerGroup
            }
            "ROLE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::RoleAllOwnerGroup
            }
            "SOURCE_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::SourceAllOwnerGroup
            }
            "ACCOUNT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::AccountAllOwnerGroup
            }
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::MachineAccountAllOwnerGroup
            }
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::MachineIdentityAllOwnerGroup
            }
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => {
                SourcesApprovalconfigFallbackApproverType::RequestedTargetAllOwnerGroup
            }
            other => SourcesApprovalconfigFallbackApproverType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcesApprovalconfigFallbackApproverType);
