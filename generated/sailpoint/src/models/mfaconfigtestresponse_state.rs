//! `MfaconfigtestresponseState`, from `apis/mfa-configuration/schemas/mfaconfigtestresponse.yaml#/properties/state`.

/// The configuration test result.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MfaconfigtestresponseState {
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MfaconfigtestresponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MfaconfigtestresponseState::Success => "SUCCESS",
            MfaconfigtestresponseState::Failed => "FAILED",
            MfaconfigtestresponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for MfaconfigtestresponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => MfaconfigtestresponseState::Success,
            "FAILED" => MfaconfigtestresponseState::Failed,
            other => MfaconfigtestresponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MfaconfigtestresponseState);
