//! `ActivityinsightsUsageDaysState`, from `apis/certification-summaries/schemas/activityinsights.yaml#/properties/usageDaysState`.

/// Status indicating if the activity is complete or unknown
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ActivityinsightsUsageDaysState {
    /// `COMPLETE`
    Complete,
    /// `UNKNOWN`
    UnknownValue,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ActivityinsightsUsageDaysState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ActivityinsightsUsageDaysState::Complete => "COMPLETE",
            ActivityinsightsUsageDaysState::UnknownValue => "UNKNOWN",
            ActivityinsightsUsageDaysState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ActivityinsightsUsageDaysState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "COMPLETE" => ActivityinsightsUsageDaysState::Complete,
            "UNKNOWN" => ActivityinsightsUsageDaysState::UnknownValue,
            other => ActivityinsightsUsageDaysState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ActivityinsightsUsageDaysState);
