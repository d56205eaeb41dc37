//! `V2024SodViolationContextCheckCompletedState`, from `v2024/schemas/SodViolationContextCheckCompleted.yaml#/properties/state`.

/// The status of SOD violation check
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V2024SodViolationContextCheckCompletedState {
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V2024SodViolationContextCheckCompletedState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V2024SodViolationContextCheckCompletedState::Success => "SUCCESS",
            V2024SodViolationContextCheckCompletedState::Error => "ERROR",
            V2024SodViolationContextCheckCompletedState::Unknown(value) => value,
        }
    }
}

impl From<&str> for V2024SodViolationContextCheckCompletedState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => V2024SodViolationContextCheckCompletedState::Success,
            "ERROR" => V2024SodViolationContextCheckCompletedState::Error,
            other => {
                V2024SodViolationContextCheckCompletedState::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(V2024SodViolationContextCheckCompletedState);
