//! `RoleMiningSessionScopingMethod`, from `beta/schemas/RoleMiningSessionScopingMethod.yaml`.

/// The scoping method used in the current role mining session.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleMiningSessionScopingMethod {
    /// `MANUAL`
    Manual,
    /// `AUTO_RM`
    AutoRm,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleMiningSessionScopingMethod {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleMiningSessionScopingMethod::Manual => "MANUAL",
            RoleMiningSessionScopingMethod::AutoRm => "AUTO_RM",
            RoleMiningSessionScopingMethod::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleMiningSessionScopingMethod {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "MANUAL" => RoleMiningSessionScopingMethod::Manual,
            "AUTO_RM" => RoleMiningSessionScopingMethod::AutoRm,
            other => RoleMiningSessionScopingMethod::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleMiningSessionScopingMethod);
