//! `AccessRequestsSodviolationcontextcheckcompletedState`, from `apis/access-requests/schemas/sodviolationcontextcheckcompleted.yaml#/properties/state`.

/// The status of SOD violation check
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestsSodviolationcontextcheckcompletedState {
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestsSodviolationcontextcheckcompletedState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestsSodviolationcontextcheckcompletedState::Success => "SUCCESS",
            AccessRequestsSodviolationcontextcheckcompletedState::Error => "ERROR",
            AccessRequestsSodviolationcontextcheckcompletedState::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestsSodviolationcontextcheckcompletedState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => AccessRequestsSodviolationcontextcheckcompletedState::Success,
            "ERROR" => AccessRequestsSodviolationcontextcheckcompletedState::Error,
            other => {
                AccessRequestsSodviolationcontextcheckcompletedState::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(AccessRequestsSodviolationcontextcheckcompletedState);
