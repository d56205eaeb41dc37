//! `RoleMembershipSelectorType`, from `v3/schemas/access/RoleMembershipSelectorType.yaml`.

/// This enum characterizes the type of a Role's membership selector. Only the following two are fully supported:
///
/// STANDARD: Indicates that Role membership is defined in terms of a criteria expression
///
/// IDENTITY_LIST: Indicates that Role membership is conferred on the specific identities listed
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleMembershipSelectorType {
    /// `STANDARD`
    Standard,
    /// `IDENTITY_LIST`
    IdentityList,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleMembershipSelectorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleMembershipSelectorType::Standard => "STANDARD",
            RoleMembershipSelectorType::IdentityList => "IDENTITY_LIST",
            RoleMembershipSelectorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleMembershipSelectorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STANDARD" => RoleMembershipSelectorType::Standard,
            "IDENTITY_LIST" => RoleMembershipSelectorType::IdentityList,
            other => RoleMembershipSelectorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleMembershipSelectorType);
