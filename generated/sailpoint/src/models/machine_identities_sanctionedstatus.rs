//! `MachineIdentitiesSanctionedstatus`, from `apis/machine-identities/schemas/sanctionedstatus.yaml`.

/// Sanctioned status for a Business Application or the derived effective status on a machine identity.
/// Values are case-sensitive.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineIdentitiesSanctionedstatus {
    /// `SANCTIONED`
    Sanctioned,
    /// `UNSANCTIONED`
    Unsanctioned,
    /// `UNKNOWN`
    UnknownValue,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineIdentitiesSanctionedstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineIdentitiesSanctionedstatus::Sanctioned => "SANCTIONED",
            MachineIdentitiesSanctionedstatus::Unsanctioned => "UNSANCTIONED",
            MachineIdentitiesSanctionedstatus::UnknownValue => "UNKNOWN",
            MachineIdentitiesSanctionedstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineIdentitiesSanctionedstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SANCTIONED" => MachineIdentitiesSanctionedstatus::Sanctioned,
            "UNSANCTIONED" => MachineIdentitiesSanctionedstatus::Unsanctioned,
            "UNKNOWN" => MachineIdentitiesSanctionedstatus::UnknownValue,
            other => MachineIdentitiesSanctionedstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MachineIdentitiesSanctionedstatus);
