//! `ResponseActionCreateRequestVariant2ActionType`, from `apis/intelligence/schemas/response-action-create-request.yaml#/oneOf/1/properties/actionType`.

/// `ResponseActionCreateRequestVariant2ActionType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResponseActionCreateRequestVariant2ActionType {
    /// `DISABLE_ACCOUNT`
    DisableAccount,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ResponseActionCreateRequestVariant2ActionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ResponseActionCreateRequestVariant2ActionType::DisableAccount => {
                "DISABLE_ACCOUNT"
            }
            ResponseActionCreateRequestVariant2ActionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ResponseActionCreateRequestVariant2ActionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DISABLE_ACCOUNT" => {
                ResponseActionCreateRequestVariant2ActionType::DisableAccount
            }
            other => {
                ResponseActionCreateRequestVariant2ActionType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ResponseActionCreateRequestVariant2ActionType);
