//! `RoleMiningPotentialRoleProvisionState`, from `beta/schemas/RoleMiningPotentialRoleProvisionState.yaml`.

/// Provision state
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleMiningPotentialRoleProvisionState {
    /// `POTENTIAL`
    Potential,
    /// `PENDING`
    Pending,
    /// `COMPLETE`
    Complete,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleMiningPotentialRoleProvisionState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleMiningPotentialRoleProvisionState::Potential => "POTENTIAL",
            RoleMiningPotentialRoleProvisionState::Pending => "PENDING",
            RoleMiningPotentialRoleProvisionState::Complete => "COMPLETE",
            RoleMiningPotentialRoleProvisionState::Failed => "FAILED",
            RoleMiningPotentialRoleProvisionState::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleMiningPotentialRoleProvisionState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "POTENTIAL" => RoleMiningPotentialRoleProvisionState::Potential,
            "PENDING" => RoleMiningPotentialRoleProvisionState::Pending,
            "COMPLETE" => RoleMiningPotentialRoleProvisionState::Complete,
            "FAILED" => RoleMiningPotentialRoleProvisionState::Failed,
            other => RoleMiningPotentialRoleProvisionState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleMiningPotentialRoleProvisionState);
