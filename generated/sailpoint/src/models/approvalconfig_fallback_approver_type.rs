//! `ApprovalconfigFallbackApproverType`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/fallbackApprover/properties/type`.

/// Type of identityID for the fallback approver.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalconfigFallbackApproverType {
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

impl ApprovalconfigFallbackApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalconfigFallbackApproverType::Identity => "IDENTITY",
            ApprovalconfigFallbackApproverType::GovernanceGroup => "GOVERNANCE_GROUP",
            ApprovalconfigFallbackApproverType::ManagerOf => "MANAGER_OF",
            ApprovalconfigFallbackApproverType::AccountOwner => "ACCOUNT_OWNER",
            ApprovalconfigFallbackApproverType::MachineAccountOwner => {
                "MACHINE_ACCOUNT_OWNER"
            }
            ApprovalconfigFallbackApproverType::MachineIdentityOwner => {
                "MACHINE_IDENTITY_OWNER"
            }
            ApprovalconfigFallbackApproverType::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            ApprovalconfigFallbackApproverType::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            ApprovalconfigFallbackApproverType::ManagerOfAccountOwner => {
                "MANAGER_OF_ACCOUNT_OWNER"
            }
            ApprovalconfigFallbackApproverType::ManagerOfMachineAccountOwner => {
                "MANAGER_OF_MACHINE_ACCOUNT_OWNER"
            }
            ApprovalconfigFallbackApproverType::ManagerOfRequester => {
                "MANAGER_OF_REQUESTER"
            }
            ApprovalconfigFallbackApproverType::ManagerOfRequesterOwner => {
                "MANAGER_OF_REQUESTER_OWNER"
            }
            ApprovalconfigFallbackApproverType::ManagerOfOwner => "MANAGER_OF_OWNER",
            ApprovalconfigFallbackApproverType::AccessProfileOwner => {
                "ACCESS_PROFILE_OWNER"
            }
            ApprovalconfigFallbackApproverType::ApplicationOwner => "APPLICATION_OWNER",
            ApprovalconfigFallbackApproverType::EntitlementOwner => "ENTITLEMENT_OWNER",
            ApprovalconfigFallbackApproverType::RoleOwner => "ROLE_OWNER",
            ApprovalconfigFallbackApproverType::SourceOwner => "SOURCE_OWNER",
            ApprovalconfigFallbackApproverType::RequestedTargetOwner => {
                "REQUESTED_TARGET_OWNER"
            }
            ApprovalconfigFallbackApproverType::AccessProfilePrimaryOwner => {
                "ACCESS_PROFILE_PRIMARY_OWNER"
            }
            ApprovalconfigFallbackApproverType::ApplicationPrimaryOwner => {
                "APPLICATION_PRIMARY_OWNER"
            }
            ApprovalconfigFallbackApproverType::EntitlementPrimaryOwner => {
                "ENTITLEMENT_PRIMARY_OWNER"
            }
            ApprovalconfigFallbackApproverType::RolePrimaryOwner => "ROLE_PRIMARY_OWNER",
            ApprovalconfigFallbackApproverType::SourcePrimaryOwner => {
                "SOURCE_PRIMARY_OWNER"
            }
            ApprovalconfigFallbackApproverType::AccountPrimaryOwner => {
                "ACCOUNT_PRIMARY_OWNER"
            }
            ApprovalconfigFallbackApproverType::MachineAccountPrimaryOwner => {
                "MACHINE_ACCOUNT_PRIMARY_OWNER"
            }
            ApprovalconfigFallbackApproverType::MachineIdentityPrimaryOwner => {
                "MACHINE_IDENTITY_PRIMARY_OWNER"
            }
            ApprovalconfigFallbackApproverType::RequestedTargetPrimaryOwner => {
                "REQUESTED_TARGET_PRIMARY_OWNER"
            }
            ApprovalconfigFallbackApproverType::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::ApplicationSecondaryOwnerGroup => {
                "APPLICATION_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::EntitlementSecondaryOwnerGroup => {
                "ENTITLEMENT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::RoleSecondaryOwnerGroup => {
                "ROLE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::SourceSecondaryOwnerGroup => {
                "SOURCE_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::AccountSecondaryOwnerGroup => {
                "ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::AccessProfileAllOwnerGroup => {
                "ACCESS_PROFILE_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::ApplicationAllOwnerGroup => {
                "APPLICATION_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::EntitlementAllOwnerGroup => {
                "ENTITLEMENT_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::RoleAllOwnerGroup => {
                "ROLE_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::SourceAllOwnerGroup => {
                "SOURCE_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::AccountAllOwnerGroup => {
                "ACCOUNT_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::MachineAccountAllOwnerGroup => {
                "MACHINE_ACCOUNT_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::MachineIdentityAllOwnerGroup => {
                "MACHINE_IDENTITY_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::RequestedTargetAllOwnerGroup => {
                "REQUESTED_TARGET_ALL_OWNER_GROUP"
            }
            ApprovalconfigFallbackApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalconfigFallbackApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ApprovalconfigFallbackApproverType::Identity,
            "GOVERNANCE_GROUP" => ApprovalconfigFallbackApproverType::GovernanceGroup,
            "MANAGER_OF" => ApprovalconfigFallbackApproverType::ManagerOf,
            "ACCOUNT_OWNER" => ApprovalconfigFallbackApproverType::AccountOwner,
            "MACHINE_ACCOUNT_OWNER" => {
                ApprovalconfigFallbackApproverType::MachineAccountOwner
            }
            "MACHINE_IDENTITY_OWNER" => {
                ApprovalconfigFallbackApproverType::MachineIdentityOwner
            }
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                ApprovalconfigFallbackApproverType::ManagerOfRequestedTargetOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                ApprovalconfigFallbackApproverType::ManagerOfMachineIdentityOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => {
                ApprovalconfigFallbackApproverType::ManagerOfAccountOwner
            }
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => {
                ApprovalconfigFallbackApproverType::ManagerOfMachineAccountOwner
            }
            "MANAGER_OF_REQUESTER" => {
                ApprovalconfigFallbackApproverType::ManagerOfRequester
            }
            "MANAGER_OF_REQUESTER_OWNER" => {
                ApprovalconfigFallbackApproverType::ManagerOfRequesterOwner
            }
            "MANAGER_OF_OWNER" => ApprovalconfigFallbackApproverType::ManagerOfOwner,
            "ACCESS_PROFILE_OWNER" => {
                ApprovalconfigFallbackApproverType::AccessProfileOwner
            }
            "APPLICATION_OWNER" => ApprovalconfigFallbackApproverType::ApplicationOwner,
            "ENTITLEMENT_OWNER" => ApprovalconfigFallbackApproverType::EntitlementOwner,
            "ROLE_OWNER" => ApprovalconfigFallbackApproverType::RoleOwner,
            "SOURCE_OWNER" => ApprovalconfigFallbackApproverType::SourceOwner,
            "REQUESTED_TARGET_OWNER" => {
                ApprovalconfigFallbackApproverType::RequestedTargetOwner
            }
            "ACCESS_PROFILE_PRIMARY_OWNER" => {
                ApprovalconfigFallbackApproverType::AccessProfilePrimaryOwner
            }
            "APPLICATION_PRIMARY_OWNER" => {
                ApprovalconfigFallbackApproverType::ApplicationPrimaryOwner
            }
            "ENTITLEMENT_PRIMARY_OWNER" => {
                ApprovalconfigFallbackApproverType::EntitlementPrimaryOwner
            }
            "ROLE_PRIMARY_OWNER" => ApprovalconfigFallbackApproverType::RolePrimaryOwner,
            "SOURCE_PRIMARY_OWNER" => {
                ApprovalconfigFallbackApproverType::SourcePrimaryOwner
            }
            "ACCOUNT_PRIMARY_OWNER" => {
                ApprovalconfigFallbackApproverType::AccountPrimaryOwner
            }
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => {
                ApprovalconfigFallbackApproverType::MachineAccountPrimaryOwner
            }
            "MACHINE_IDENTITY_PRIMARY_OWNER" => {
                ApprovalconfigFallbackApproverType::MachineIdentityPrimaryOwner
            }
            "REQUESTED_TARGET_PRIMARY_OWNER" => {
                ApprovalconfigFallbackApproverType::RequestedTargetPrimaryOwner
            }
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::ApplicationSecondaryOwnerGroup
            }
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::EntitlementSecondaryOwnerGroup
            }
            "ROLE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::RoleSecondaryOwnerGroup
            }
            "SOURCE_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::SourceSecondaryOwnerGroup
            }
            "ACCOUNT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::AccountSecondaryOwnerGroup
            }
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::AccessProfileAllOwnerGroup
            }
            "APPLICATION_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::ApplicationAllOwnerGroup
            }
            "ENTITLEMENT_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::EntitlementAllOwnerGroup
            }
            "ROLE_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::RoleAllOwnerGroup
            }
            "SOURCE_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::SourceAllOwnerGroup
            }
            "ACCOUNT_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::AccountAllOwnerGroup
            }
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::MachineAccountAllOwnerGroup
            }
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::MachineIdentityAllOwnerGroup
            }
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => {
                ApprovalconfigFallbackApproverType::RequestedTargetAllOwnerGroup
            }
            other => ApprovalconfigFallbackApproverType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalconfigFallbackApproverType);
