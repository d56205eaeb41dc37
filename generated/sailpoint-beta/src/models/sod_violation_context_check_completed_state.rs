//! `SodViolationContextCheckCompletedState`, from `beta/schemas/SodViolationContextCheckCompleted.yaml#/properties/state`.

/// The status of SOD violation check
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodViolationContextCheckCompletedState {
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodViolationContextCheckCompletedState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodViolationContextCheckCompletedState::Success => "SUCCESS",
            SodViolationContextCheckCompletedState::Error => "ERROR",
            SodViolationContextCheckCompletedState::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodViolationContextCheckCompletedState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => SodViolationContextCheckCompletedState::Success,
            "ERROR" => SodViolationContextCheckCompletedState::Error,
            other => SodViolationContextCheckCompletedState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodViolationContextCheckCompletedState);
