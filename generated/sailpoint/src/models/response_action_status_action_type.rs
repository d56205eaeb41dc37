//! `ResponseActionStatusActionType`, from `apis/intelligence/schemas/response-action-status.yaml#/properties/actionType`.

/// The action that was requested.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResponseActionStatusActionType {
    /// `DISABLE_IDENTITY`
    DisableIdentity,
    /// `DISABLE_ACCOUNT`
    DisableAccount,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ResponseActionStatusActionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ResponseActionStatusActionType::DisableIdentity => "DISABLE_IDENTITY",
            ResponseActionStatusActionType::DisableAccount => "DISABLE_ACCOUNT",
            ResponseActionStatusActionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ResponseActionStatusActionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DISABLE_IDENTITY" => ResponseActionStatusActionType::DisableIdentity,
            "DISABLE_ACCOUNT" => ResponseActionStatusActionType::DisableAccount,
            other => ResponseActionStatusActionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ResponseActionStatusActionType);
