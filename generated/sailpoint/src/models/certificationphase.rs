//! `Certificationphase`, from `apis/certifications/schemas/certificationphase.yaml`.

/// The current phase of the campaign.
/// * `STAGED`: The campaign is waiting to be activated.
/// * `ACTIVE`: The campaign is active.
/// * `SIGNED`: The reviewer has signed off on the campaign, and it is considered complete.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Certificationphase {
    /// `STAGED`
    Staged,
    /// `ACTIVE`
    Active,
    /// `SIGNED`
    Signed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Certificationphase {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Certificationphase::Staged => "STAGED",
            Certificationphase::Active => "ACTIVE",
            Certificationphase::Signed => "SIGNED",
            Certificationphase::Unknown(value) => value,
        }
    }
}

impl From<&str> for Certificationphase {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STAGED" => Certificationphase::Staged,
            "ACTIVE" => Certificationphase::Active,
            "SIGNED" => Certificationphase::Signed,
            other => Certificationphase::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Certificationphase);
