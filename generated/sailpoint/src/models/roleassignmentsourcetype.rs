//! `Roleassignmentsourcetype`, from `apis/roles/schemas/roleassignmentsourcetype.yaml`.

/// Type which indicates how a particular Identity obtained a particular Role
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Roleassignmentsourcetype {
    /// `ACCESS_REQUEST`
    AccessRequest,
    /// `ROLE_MEMBERSHIP`
    RoleMembership,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Roleassignmentsourcetype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Roleassignmentsourcetype::AccessRequest => "ACCESS_REQUEST",
            Roleassignmentsourcetype::RoleMembership => "ROLE_MEMBERSHIP",
            Roleassignmentsourcetype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Roleassignmentsourcetype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_REQUEST" => Roleassignmentsourcetype::AccessRequest,
            "ROLE_MEMBERSHIP" => Roleassignmentsourcetype::RoleMembership,
            other => Roleassignmentsourcetype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Roleassignmentsourcetype);
