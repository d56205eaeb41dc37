//! `RoleMiningRoleType`, from `beta/schemas/iai/RoleMiningRoleType.yaml`.

/// Role type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleMiningRoleType {
    /// `SPECIALIZED`
    Specialized,
    /// `COMMON`
    Common,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleMiningRoleType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleMiningRoleType::Specialized => "SPECIALIZED",
            RoleMiningRoleType::Common => "COMMON",
            RoleMiningRoleType::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleMiningRoleType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SPECIALIZED" => RoleMiningRoleType::Specialized,
            "COMMON" => RoleMiningRoleType::Common,
            other => RoleMiningRoleType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleMiningRoleType);
