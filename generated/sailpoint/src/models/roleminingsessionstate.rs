//! `Roleminingsessionstate`, from `apis/iai-role-mining/schemas/roleminingsessionstate.yaml`.

/// Role mining session status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Roleminingsessionstate {
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

impl Roleminingsessionstate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Roleminingsessionstate::Created => "CREATED",
            Roleminingsessionstate::Updated => "UPDATED",
            Roleminingsessionstate::IdentitiesObtained => "IDENTITIES_OBTAINED",
            Roleminingsessionstate::PruneThresholdObtained => "PRUNE_THRESHOLD_OBTAINED",
            Roleminingsessionstate::PotentialRolesProcessing => {
                "POTENTIAL_ROLES_PROCESSING"
            }
            Roleminingsessionstate::PotentialRolesCreated => "POTENTIAL_ROLES_CREATED",
            Roleminingsessionstate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Roleminingsessionstate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => Roleminingsessionstate::Created,
            "UPDATED" => Roleminingsessionstate::Updated,
            "IDENTITIES_OBTAINED" => Roleminingsessionstate::IdentitiesObtained,
            "PRUNE_THRESHOLD_OBTAINED" => Roleminingsessionstate::PruneThresholdObtained,
            "POTENTIAL_ROLES_PROCESSING" => {
                Roleminingsessionstate::PotentialRolesProcessing
            }
            "POTENTIAL_ROLES_CREATED" => Roleminingsessionstate::PotentialRolesCreated,
            other => Roleminingsessionstate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Roleminingsessionstate);
