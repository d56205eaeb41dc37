//! `ApprovalidentityType`, from `apis/approvals/schemas/approvalidentity.yaml#/properties/type`.

/// Type of identityID.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalidentityType {
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

impl ApprovalidentityType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalidentityType::Identity => "IDENTITY",
            ApprovalidentityType::GovernanceGroup => "GOVERNANCE_GROUP",
            ApprovalidentityType::ManagerOf => "MANAGER_OF",
            ApprovalidentityType::AccountOwner => "ACCOUNT_OWNER",
            ApprovalidentityType::MachineAccountOwner => "MACHINE_ACCOUNT_OWNER",
            ApprovalidentityType::MachineIdentityOwner => "MACHINE_IDENTITY_OWNER",
            ApprovalidentityType::ManagerOfRequestedTargetOwner => {
                "MANAGER_OF_REQUESTED_TARGET_OWNER"
            }
            ApprovalidentityType::ManagerOfMachineIdentityOwner => {
                "MANAGER_OF_MACHINE_IDENTITY_OWNER"
            }
            ApprovalidentityType::ManagerOfAccountOwner => "MANAGER_OF_ACCOUNT_OWNER",
            ApprovalidentityType::ManagerOfMachineAccountOwner => {
                "MANAGER_OF_MACHINE_ACCOUNT_OWNER"
            }
            ApprovalidentityType::ManagerOfRequester => "MANAGER_OF_REQUESTER",
            ApprovalidentityType::ManagerOfRequesterOwner => "MANAGER_OF_REQUESTER_OWNER",
            ApprovalidentityType::ManagerOfOwner => "MANAGER_OF_OWNER",
            ApprovalidentityType::AccessProfileOwner => "ACCESS_PROFILE_OWNER",
            ApprovalidentityType::ApplicationOwner => "APPLICATION_OWNER",
            ApprovalidentityType::EntitlementOwner => "ENTITLEMENT_OWNER",
            ApprovalidentityType::RoleOwner => "ROLE_OWNER",
            ApprovalidentityType::SourceOwner => "SOURCE_OWNER",
            ApprovalidentityType::RequestedTargetOwner => "REQUESTED_TARGET_OWNER",
            ApprovalidentityType::AccessProfilePrimaryOwner => {
                "ACCESS_PROFILE_PRIMARY_OWNER"
            }
            ApprovalidentityType::ApplicationPrimaryOwner => "APPLICATION_PRIMARY_OWNER",
            ApprovalidentityType::EntitlementPrimaryOwner => "ENTITLEMENT_PRIMARY_OWNER",
            ApprovalidentityType::RolePrimaryOwner => "ROLE_PRIMARY_OWNER",
            ApprovalidentityType::SourcePrimaryOwner => "SOURCE_PRIMARY_OWNER",
            ApprovalidentityType::AccountPrimaryOwner => "ACCOUNT_PRIMARY_OWNER",
            ApprovalidentityType::MachineAccountPrimaryOwner => {
                "MACHINE_ACCOUNT_PRIMARY_OWNER"
            }
            ApprovalidentityType::MachineIdentityPrimaryOwner => {
                "MACHINE_IDENTITY_PRIMARY_OWNER"
            }
            ApprovalidentityType::RequestedTargetPrimaryOwner => {
                "REQUESTED_TARGET_PRIMARY_OWNER"
            }
            ApprovalidentityType::AccessProfileSecondaryOwnerGroup => {
                "ACCESS_PROFILE_SECONDARY_OWNER_GROUP"
            }
            ApprovalidentityType::ApplicationSecondaryOwnerGroup => {
                "APPLICATION_SECONDARY_OWNER_GROUP"
            }
            ApprovalidentityType::EntitlementSecondaryOwnerGroup => {
                "ENTITLEMENT_SECONDARY_OWNER_GROUP"
            }
            ApprovalidentityType::RoleSecondaryOwnerGroup => "ROLE_SECONDARY_OWNER_GROUP",
            ApprovalidentityType::SourceSecondaryOwnerGroup => {
                "SOURCE_SECONDARY_OWNER_GROUP"
            }
            ApprovalidentityType::AccountSecondaryOwnerGroup => {
                "ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            ApprovalidentityType::MachineAccountSecondaryOwnerGroup => {
                "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP"
            }
            ApprovalidentityType::MachineIdentitySecondaryOwnerGroup => {
                "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP"
            }
            ApprovalidentityType::RequestedTargetSecondaryOwnerGroup => {
                "REQUESTED_TARGET_SECONDARY_OWNER_GROUP"
            }
            ApprovalidentityType::AccessProfileAllOwnerGroup => {
                "ACCESS_PROFILE_ALL_OWNER_GROUP"
            }
            ApprovalidentityType::ApplicationAllOwnerGroup => {
                "APPLICATION_ALL_OWNER_GROUP"
            }
            ApprovalidentityType::EntitlementAllOwnerGroup => {
                "ENTITLEMENT_ALL_OWNER_GROUP"
            }
            ApprovalidentityType::RoleAllOwnerGroup => "ROLE_ALL_OWNER_GROUP",
            ApprovalidentityType::SourceAllOwnerGroup => "SOURCE_ALL_OWNER_GROUP",
            ApprovalidentityType::AccountAllOwnerGroup => "ACCOUNT_ALL_OWNER_GROUP",
            ApprovalidentityType::MachineAccountAllOwnerGroup => {
                "MACHINE_ACCOUNT_ALL_OWNER_GROUP"
            }
            ApprovalidentityType::MachineIdentityAllOwnerGroup => {
                "MACHINE_IDENTITY_ALL_OWNER_GROUP"
            }
            ApprovalidentityType::RequestedTargetAllOwnerGroup => {
                "REQUESTED_TARGET_ALL_OWNER_GROUP"
            }
            ApprovalidentityType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalidentityType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => ApprovalidentityType::Identity,
            "GOVERNANCE_GROUP" => ApprovalidentityType::GovernanceGroup,
            "MANAGER_OF" => ApprovalidentityType::ManagerOf,
            "ACCOUNT_OWNER" => ApprovalidentityType::AccountOwner,
            "MACHINE_ACCOUNT_OWNER" => ApprovalidentityType::MachineAccountOwner,
            "MACHINE_IDENTITY_OWNER" => ApprovalidentityType::MachineIdentityOwner,
            "MANAGER_OF_REQUESTED_TARGET_OWNER" => {
                ApprovalidentityType::ManagerOfRequestedTargetOwner
            }
            "MANAGER_OF_MACHINE_IDENTITY_OWNER" => {
                ApprovalidentityType::ManagerOfMachineIdentityOwner
            }
            "MANAGER_OF_ACCOUNT_OWNER" => ApprovalidentityType::ManagerOfAccountOwner,
            "MANAGER_OF_MACHINE_ACCOUNT_OWNER" => {
                ApprovalidentityType::ManagerOfMachineAccountOwner
            }
            "MANAGER_OF_REQUESTER" => ApprovalidentityType::ManagerOfRequester,
            "MANAGER_OF_REQUESTER_OWNER" => ApprovalidentityType::ManagerOfRequesterOwner,
            "MANAGER_OF_OWNER" => ApprovalidentityType::ManagerOfOwner,
            "ACCESS_PROFILE_OWNER" => ApprovalidentityType::AccessProfileOwner,
            "APPLICATION_OWNER" => ApprovalidentityType::ApplicationOwner,
            "ENTITLEMENT_OWNER" => ApprovalidentityType::EntitlementOwner,
            "ROLE_OWNER" => ApprovalidentityType::RoleOwner,
            "SOURCE_OWNER" => ApprovalidentityType::SourceOwner,
            "REQUESTED_TARGET_OWNER" => ApprovalidentityType::RequestedTargetOwner,
            "ACCESS_PROFILE_PRIMARY_OWNER" => {
                ApprovalidentityType::AccessProfilePrimaryOwner
            }
            "APPLICATION_PRIMARY_OWNER" => ApprovalidentityType::ApplicationPrimaryOwner,
            "ENTITLEMENT_PRIMARY_OWNER" => ApprovalidentityType::EntitlementPrimaryOwner,
            "ROLE_PRIMARY_OWNER" => ApprovalidentityType::RolePrimaryOwner,
            "SOURCE_PRIMARY_OWNER" => ApprovalidentityType::SourcePrimaryOwner,
            "ACCOUNT_PRIMARY_OWNER" => ApprovalidentityType::AccountPrimaryOwner,
            "MACHINE_ACCOUNT_PRIMARY_OWNER" => {
                ApprovalidentityType::MachineAccountPrimaryOwner
            }
            "MACHINE_IDENTITY_PRIMARY_OWNER" => {
                ApprovalidentityType::MachineIdentityPrimaryOwner
            }
            "REQUESTED_TARGET_PRIMARY_OWNER" => {
                ApprovalidentityType::RequestedTargetPrimaryOwner
            }
            "ACCESS_PROFILE_SECONDARY_OWNER_GROUP" => {
                ApprovalidentityType::AccessProfileSecondaryOwnerGroup
            }
            "APPLICATION_SECONDARY_OWNER_GROUP" => {
                ApprovalidentityType::ApplicationSecondaryOwnerGroup
            }
            "ENTITLEMENT_SECONDARY_OWNER_GROUP" => {
                ApprovalidentityType::EntitlementSecondaryOwnerGroup
            }
            "ROLE_SECONDARY_OWNER_GROUP" => ApprovalidentityType::RoleSecondaryOwnerGroup,
            "SOURCE_SECONDARY_OWNER_GROUP" => {
                ApprovalidentityType::SourceSecondaryOwnerGroup
            }
            "ACCOUNT_SECONDARY_OWNER_GROUP" => {
                ApprovalidentityType::AccountSecondaryOwnerGroup
            }
            "MACHINE_ACCOUNT_SECONDARY_OWNER_GROUP" => {
                ApprovalidentityType::MachineAccountSecondaryOwnerGroup
            }
            "MACHINE_IDENTITY_SECONDARY_OWNER_GROUP" => {
                ApprovalidentityType::MachineIdentitySecondaryOwnerGroup
            }
            "REQUESTED_TARGET_SECONDARY_OWNER_GROUP" => {
                ApprovalidentityType::RequestedTargetSecondaryOwnerGroup
            }
            "ACCESS_PROFILE_ALL_OWNER_GROUP" => {
                ApprovalidentityType::AccessProfileAllOwnerGroup
            }
            "APPLICATION_ALL_OWNER_GROUP" => {
                ApprovalidentityType::ApplicationAllOwnerGroup
            }
            "ENTITLEMENT_ALL_OWNER_GROUP" => {
                ApprovalidentityType::EntitlementAllOwnerGroup
            }
            "ROLE_ALL_OWNER_GROUP" => ApprovalidentityType::RoleAllOwnerGroup,
            "SOURCE_ALL_OWNER_GROUP" => ApprovalidentityType::SourceAllOwnerGroup,
            "ACCOUNT_ALL_OWNER_GROUP" => ApprovalidentityType::AccountAllOwnerGroup,
            "MACHINE_ACCOUNT_ALL_OWNER_GROUP" => {
                ApprovalidentityType::MachineAccountAllOwnerGroup
            }
            "MACHINE_IDENTITY_ALL_OWNER_GROUP" => {
                ApprovalidentityType::MachineIdentityAllOwnerGroup
            }
            "REQUESTED_TARGET_ALL_OWNER_GROUP" => {
                ApprovalidentityType::RequestedTargetAllOwnerGroup
            }
            other => ApprovalidentityType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalidentityType);
