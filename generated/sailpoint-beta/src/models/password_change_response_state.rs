//! `PasswordChangeResponseState`, from `beta/schemas/PasswordChangeResponse.yaml#/properties/state`.

/// Password change state
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PasswordChangeResponseState {
    /// `IN_PROGRESS`
    InProgress,
    /// `FINISHED`
    Finished,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PasswordChangeResponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PasswordChangeResponseState::InProgress => "IN_PROGRESS",
            PasswordChangeResponseState::Finished => "FINISHED",
            PasswordChangeResponseState::Failed => "FAILED",
            PasswordChangeResponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for PasswordChangeResponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => PasswordChangeResponseState::InProgress,
            "FINISHED" => PasswordChangeResponseState::Finished,
            "FAILED" => PasswordChangeResponseState::Failed,
            other => PasswordChangeResponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PasswordChangeResponseState);
