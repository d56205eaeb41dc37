//! `ConnectorRuleValidationResponseState`, from `beta/schemas/ConnectorRuleValidationResponse.yaml#/properties/state`.

/// `ConnectorRuleValidationResponseState` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConnectorRuleValidationResponseState {
    /// `OK`
    Ok,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConnectorRuleValidationResponseState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ConnectorRuleValidationResponseState::Ok => "OK",
            ConnectorRuleValidationResponseState::Error => "ERROR",
            ConnectorRuleValidationResponseState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ConnectorRuleValidationResponseState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OK" => ConnectorRuleValidationResponseState::Ok,
            "ERROR" => ConnectorRuleValidationResponseState::Error,
            other => ConnectorRuleValidationResponseState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ConnectorRuleValidationResponseState);
