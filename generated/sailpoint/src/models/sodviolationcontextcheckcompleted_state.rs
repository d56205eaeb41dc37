//! `SodviolationcontextcheckcompletedState`, from `apis/access-request-approvals/schemas/sodviolationcontextcheckcompleted.yaml#/properties/state`.

/// The status of SOD violation check
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodviolationcontextcheckcompletedState {
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodviolationcontextcheckcompletedState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodviolationcontextcheckcompletedState::Success => "SUCCESS",
            SodviolationcontextcheckcompletedState::Error => "ERROR",
            SodviolationcontextcheckcompletedState::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodviolationcontextcheckcompletedState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => SodviolationcontextcheckcompletedState::Success,
            "ERROR" => SodviolationcontextcheckcompletedState::Error,
            other => SodviolationcontextcheckcompletedState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodviolationcontextcheckcompletedState);
