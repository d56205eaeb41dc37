//! `CertificationPhase`, from `v3/schemas/CertificationPhase.yaml`.

/// The current phase of the campaign.
/// * `STAGED`: The campaign is waiting to be activated.
/// * `ACTIVE`: The campaign is active.
/// * `SIGNED`: The reviewer has signed off on the campaign, and it is considered complete.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationPhase {
    /// `STAGED`
    Staged,
    /// `ACTIVE`
    Active,
    /// `SIGNED`
    Signed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationPhase {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationPhase::Staged => "STAGED",
            CertificationPhase::Active => "ACTIVE",
            CertificationPhase::Signed => "SIGNED",
            CertificationPhase::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationPhase {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STAGED" => CertificationPhase::Staged,
            "ACTIVE" => CertificationPhase::Active,
            "SIGNED" => CertificationPhase::Signed,
            other => CertificationPhase::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CertificationPhase);
