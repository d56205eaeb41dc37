//! `PasswordchangeresponseState`, from `apis/password-management/schemas/passwordchangeresponse.yaml#/properties/state`.

/// Password change state
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PasswordchangeresponseState {
    /// `IN_PROGRESS`
    InProgress,
    /// `FINISHED`
    Finished,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PasswordchangeresponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PasswordchangeresponseState::InProgress => "IN_PROGRESS",
            PasswordchangeresponseState::Finished => "FINISHED",
            PasswordchangeresponseState::Failed => "FAILED",
            PasswordchangeresponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for PasswordchangeresponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => PasswordchangeresponseState::InProgress,
            "FINISHED" => PasswordchangeresponseState::Finished,
            "FAILED" => PasswordchangeresponseState::Failed,
            other => PasswordchangeresponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PasswordchangeresponseState);
