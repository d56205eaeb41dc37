//! `PasswordStatusState`, from `beta/schemas/PasswordStatus.yaml#/properties/state`.

/// Password change state
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PasswordStatusState {
    /// `IN_PROGRESS`
    InProgress,
    /// `FINISHED`
    Finished,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PasswordStatusState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PasswordStatusState::InProgress => "IN_PROGRESS",
            PasswordStatusState::Finished => "FINISHED",
            PasswordStatusState::Failed => "FAILED",
            PasswordStatusState::Unknown(value) => value,
        }
    }
}

impl From<&str> for PasswordStatusState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => PasswordStatusState::InProgress,
            "FINISHED" => PasswordStatusState::Finished,
            "FAILED" => PasswordStatusState::Failed,
            other => PasswordStatusState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PasswordStatusState);
