//! `V3SodViolationContextCheckCompletedState`, from `v3/schemas/SodViolationContextCheckCompleted.yaml#/properties/state`.

/// The status of SOD violation check
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3SodViolationContextCheckCompletedState {
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3SodViolationContextCheckCompletedState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3SodViolationContextCheckCompletedState::Success => "SUCCESS",
            V3SodViolationContextCheckCompletedState::Error => "ERROR",
            V3SodViolationContextCheckCompletedState::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3SodViolationContextCheckCompletedState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => V3SodViolationContextCheckCompletedState::Success,
            "ERROR" => V3SodViolationContextCheckCompletedState::Error,
            other => V3SodViolationContextCheckCompletedState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3SodViolationContextCheckCompletedState);
