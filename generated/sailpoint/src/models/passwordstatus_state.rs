//! `PasswordstatusState`, from `apis/password-management/schemas/passwordstatus.yaml#/properties/state`.

/// Password change state
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PasswordstatusState {
    /// `IN_PROGRESS`
    InProgress,
    /// `FINISHED`
    Finished,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PasswordstatusState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PasswordstatusState::InProgress => "IN_PROGRESS",
            PasswordstatusState::Finished => "FINISHED",
            PasswordstatusState::Failed => "FAILED",
            PasswordstatusState::Unknown(value) => value,
        }
    }
}

impl From<&str> for PasswordstatusState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => PasswordstatusState::InProgress,
            "FINISHED" => PasswordstatusState::Finished,
            "FAILED" => PasswordstatusState::Failed,
            other => PasswordstatusState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PasswordstatusState);
