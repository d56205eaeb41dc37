//! `RoleMiningPotentialRoleExportState`, from `beta/schemas/RoleMiningPotentialRoleExportState.yaml`.

/// `RoleMiningPotentialRoleExportState` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleMiningPotentialRoleExportState {
    /// `QUEUED`
    Queued,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleMiningPotentialRoleExportState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleMiningPotentialRoleExportState::Queued => "QUEUED",
            RoleMiningPotentialRoleExportState::InProgress => "IN_PROGRESS",
            RoleMiningPotentialRoleExportState::Success => "SUCCESS",
            RoleMiningPotentialRoleExportState::Error => "ERROR",
            RoleMiningPotentialRoleExportState::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleMiningPotentialRoleExportState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => RoleMiningPotentialRoleExportState::Queued,
            "IN_PROGRESS" => RoleMiningPotentialRoleExportState::InProgress,
            "SUCCESS" => RoleMiningPotentialRoleExportState::Success,
            "ERROR" => RoleMiningPotentialRoleExportState::Error,
            other => RoleMiningPotentialRoleExportState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleMiningPotentialRoleExportState);
