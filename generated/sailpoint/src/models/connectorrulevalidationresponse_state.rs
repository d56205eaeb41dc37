//! `ConnectorrulevalidationresponseState`, from `apis/connector-rule-management/schemas/connectorrulevalidationresponse.yaml#/properties/state`.

/// `ConnectorrulevalidationresponseState` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConnectorrulevalidationresponseState {
    /// `OK`
    Ok,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConnectorrulevalidationresponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConnectorrulevalidationresponseState::Ok => "OK",
            ConnectorrulevalidationresponseState::Error => "ERROR",
            ConnectorrulevalidationresponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConnectorrulevalidationresponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OK" => ConnectorrulevalidationresponseState::Ok,
            "ERROR" => ConnectorrulevalidationresponseState::Error,
            other => ConnectorrulevalidationresponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConnectorrulevalidationresponseState);
