//! `IdentityProcessingState`, from `apis/identities/schemas/identity.yaml#/properties/processingState`.

/// The processing state of the identity
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityProcessingState {
    /// `ERROR`
    Error,
    /// `OK`
    Ok,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityProcessingState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityProcessingState::Error => "ERROR",
            IdentityProcessingState::Ok => "OK",
            IdentityProcessingState::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityProcessingState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ERROR" => IdentityProcessingState::Error,
            "OK" => IdentityProcessingState::Ok,
            other => IdentityProcessingState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityProcessingState);
