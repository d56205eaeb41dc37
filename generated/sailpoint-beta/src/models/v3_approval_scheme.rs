//! `V3ApprovalScheme`, from `v3/schemas/ApprovalScheme.yaml`.

/// Describes the individual or group that is responsible for an approval step.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3ApprovalScheme {
    /// `APP_OWNER`
    AppOwner,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `MANAGER`
    Manager,
    /// `ROLE_OWNER`
    RoleOwner,
    /// `ACCESS_PROFILE_OWNER`
    AccessProfileOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3ApprovalScheme {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3ApprovalScheme::AppOwner => "APP_OWNER",
            V3ApprovalScheme::SourceOwner => "SOURCE_OWNER",
            V3ApprovalScheme::Manager => "MANAGER",
            V3ApprovalScheme::RoleOwner => "ROLE_OWNER",
            V3ApprovalScheme::AccessProfileOwner => "ACCESS_PROFILE_OWNER",
            V3ApprovalScheme::EntitlementOwner => "ENTITLEMENT_OWNER",
            V3ApprovalScheme::GovernanceGroup => "GOVERNANCE_GROUP",
            V3ApprovalScheme::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3ApprovalScheme {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APP_OWNER" => V3ApprovalScheme::AppOwner,
            "SOURCE_OWNER" => V3ApprovalScheme::SourceOwner,
            "MANAGER" => V3ApprovalScheme::Manager,
            "ROLE_OWNER" => V3ApprovalScheme::RoleOwner,
            "ACCESS_PROFILE_OWNER" => V3ApprovalScheme::AccessProfileOwner,
            "ENTITLEMENT_OWNER" => V3ApprovalScheme::EntitlementOwner,
            "GOVERNANCE_GROUP" => V3ApprovalScheme::GovernanceGroup,
            other => V3ApprovalScheme::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3ApprovalScheme);
