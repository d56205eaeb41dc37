//! `RoleMiningSessionState`, from `beta/schemas/RoleMiningSessionState.yaml`.

/// Role mining session status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleMiningSessionState {
    /// `CREATED`
    Created,
    /// `UPDATED`
    Updated,
    /// `IDENTITIES_OBTAINED`
    IdentitiesObtained,
    /// `PRUNE_THRESHOLD_OBTAINED`
    PruneThresholdObtained,
    /// `POTENTIAL_ROLES_PROCESSING`
    PotentialRolesProcessing,
    /// `POTENTIAL_ROLES_CREATED`
    PotentialRolesCreated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl RoleMiningSessionState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RoleMiningSessionState::Created => "CREATED",
            RoleMiningSessionState::Updated => "UPDATED",
            RoleMiningSessionState::IdentitiesObtained => "IDENTITIES_OBTAINED",
            RoleMiningSessionState::PruneThresholdObtained => "PRUNE_THRESHOLD_OBTAINED",
            RoleMiningSessionState::PotentialRolesProcessing => {
                "POTENTIAL_ROLES_PROCESSING"
            }
            RoleMiningSessionState::PotentialRolesCreated => "POTENTIAL_ROLES_CREATED",
            RoleMiningSessionState::Unknown(value) => value,
        }
    }
}

impl From<&str> for RoleMiningSessionState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => RoleMiningSessionState::Created,
            "UPDATED" => RoleMiningSessionState::Updated,
            "IDENTITIES_OBTAINED" => RoleMiningSessionState::IdentitiesObtained,
            "PRUNE_THRESHOLD_OBTAINED" => RoleMiningSessionState::PruneThresholdObtained,
            "POTENTIAL_ROLES_PROCESSING" => {
                RoleMiningSessionState::PotentialRolesProcessing
            }
            "POTENTIAL_ROLES_CREATED" => RoleMiningSessionState::PotentialRolesCreated,
            other => RoleMiningSessionState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RoleMiningSessionState);
