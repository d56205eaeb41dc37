//! `CertificationsActivityinsightsUsageDaysState`, from `apis/certifications/schemas/activityinsights.yaml#/properties/usageDaysState`.

/// Status indicating if the activity is complete or unknown
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CertificationsActivityinsightsUsageDaysState {
    /// `COMPLETE`
    Complete,
    /// `UNKNOWN`
    UnknownValue,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CertificationsActivityinsightsUsageDaysState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CertificationsActivityinsightsUsageDaysState::Complete => "COMPLETE",
            CertificationsActivityinsightsUsageDaysState::UnknownValue => "UNKNOWN",
            CertificationsActivityinsightsUsageDaysState::Unknown(value) => value,
        }
    }
}

impl From<&str> for CertificationsActivityinsightsUsageDaysState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COMPLETE" => CertificationsActivityinsightsUsageDaysState::Complete,
            "UNKNOWN" => CertificationsActivityinsightsUsageDaysState::UnknownValue,
            other => {
                CertificationsActivityinsightsUsageDaysState::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(CertificationsActivityinsightsUsageDaysState);
