//! `ApprovalScheme`, from `v2024/schemas/ApprovalScheme.yaml`.

/// Describes the individual or group that is responsible for an approval step.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalScheme {
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

impl ApprovalScheme {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalScheme::AppOwner => "APP_OWNER",
            ApprovalScheme::SourceOwner => "SOURCE_OWNER",
            ApprovalScheme::Manager => "MANAGER",
            ApprovalScheme::RoleOwner => "ROLE_OWNER",
            ApprovalScheme::AccessProfileOwner => "ACCESS_PROFILE_OWNER",
            ApprovalScheme::EntitlementOwner => "ENTITLEMENT_OWNER",
            ApprovalScheme::GovernanceGroup => "GOVERNANCE_GROUP",
            ApprovalScheme::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalScheme {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APP_OWNER" => ApprovalScheme::AppOwner,
            "SOURCE_OWNER" => ApprovalScheme::SourceOwner,
            "MANAGER" => ApprovalScheme::Manager,
            "ROLE_OWNER" => ApprovalScheme::RoleOwner,
            "ACCESS_PROFILE_OWNER" => ApprovalScheme::AccessProfileOwner,
            "ENTITLEMENT_OWNER" => ApprovalScheme::EntitlementOwner,
            "GOVERNANCE_GROUP" => ApprovalScheme::GovernanceGroup,
            other => ApprovalScheme::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalScheme);
