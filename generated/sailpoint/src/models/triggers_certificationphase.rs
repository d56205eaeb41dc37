//! `TriggersCertificationphase`, from `apis/triggers/schemas/certificationphase.yaml`.

/// The current phase of the campaign.
/// * `STAGED`: The campaign is waiting to be activated.
/// * `ACTIVE`: The campaign is active.
/// * `SIGNED`: The reviewer has signed off on the campaign, and it is considered complete.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TriggersCertificationphase {
    /// `STAGED`
    Staged,
    /// `ACTIVE`
    Active,
    /// `SIGNED`
    Signed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TriggersCertificationphase {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TriggersCertificationphase::Staged => "STAGED",
            TriggersCertificationphase::Active => "ACTIVE",
            TriggersCertificationphase::Signed => "SIGNED",
            TriggersCertificationphase::Unknown(value) => value,
        }
    }
}

impl From<&str> for TriggersCertificationphase {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STAGED" => TriggersCertificationphase::Staged,
            "ACTIVE" => TriggersCertificationphase::Active,
            "SIGNED" => TriggersCertificationphase::Signed,
            other => TriggersCertificationphase::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TriggersCertificationphase);
