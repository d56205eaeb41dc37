//! `Approvalscheme`, from `apis/access-requests/schemas/approvalscheme.yaml`.

/// Describes the individual or group that is responsible for an approval step.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Approvalscheme {
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

impl Approvalscheme {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Approvalscheme::AppOwner => "APP_OWNER",
            Approvalscheme::SourceOwner => "SOURCE_OWNER",
            Approvalscheme::Manager => "MANAGER",
            Approvalscheme::RoleOwner => "ROLE_OWNER",
            Approvalscheme::AccessProfileOwner => "ACCESS_PROFILE_OWNER",
            Approvalscheme::EntitlementOwner => "ENTITLEMENT_OWNER",
            Approvalscheme::GovernanceGroup => "GOVERNANCE_GROUP",
            Approvalscheme::Unknown(value) => value,
        }
    }
}

impl From<&str> for Approvalscheme {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APP_OWNER" => Approvalscheme::AppOwner,
            "SOURCE_OWNER" => Approvalscheme::SourceOwner,
            "MANAGER" => Approvalscheme::Manager,
            "ROLE_OWNER" => Approvalscheme::RoleOwner,
            "ACCESS_PROFILE_OWNER" => Approvalscheme::AccessProfileOwner,
            "ENTITLEMENT_OWNER" => Approvalscheme::EntitlementOwner,
            "GOVERNANCE_GROUP" => Approvalscheme::GovernanceGroup,
            other => Approvalscheme::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Approvalscheme);
