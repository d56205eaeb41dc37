//! `RoleAssignmentSourceType`, from `v3/schemas/access/RoleAssignmentSourceType.yaml`.

/// Type which indicates how a particular Identity obtained a particular Role
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleAssignmentSourceType {
    /// `ACCESS_REQUEST`
    AccessRequest,
    /// `ROLE_MEMBERSHIP`
    RoleMembership,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleAssignmentSourceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleAssignmentSourceType::AccessRequest => "ACCESS_REQUEST",
            RoleAssignmentSourceType::RoleMembership => "ROLE_MEMBERSHIP",
            RoleAssignmentSourceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleAssignmentSourceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_REQUEST" => RoleAssignmentSourceType::AccessRequest,
            "ROLE_MEMBERSHIP" => RoleAssignmentSourceType::RoleMembership,
            other => RoleAssignmentSourceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleAssignmentSourceType);
