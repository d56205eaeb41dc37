//! `MfaConfigTestResponseState`, from `v3/schemas/MfaConfigTestResponse.yaml#/properties/state`.

/// The configuration test result.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MfaConfigTestResponseState {
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MfaConfigTestResponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MfaConfigTestResponseState::Success => "SUCCESS",
            MfaConfigTestResponseState::Failed => "FAILED",
            MfaConfigTestResponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for MfaConfigTestResponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => MfaConfigTestResponseState::Success,
            "FAILED" => MfaConfigTestResponseState::Failed,
            other => MfaConfigTestResponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MfaConfigTestResponseState);
