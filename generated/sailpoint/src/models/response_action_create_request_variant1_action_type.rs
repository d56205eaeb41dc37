//! `ResponseActionCreateRequestVariant1ActionType`, from `apis/intelligence/schemas/response-action-create-request.yaml#/oneOf/0/properties/actionType`.

/// `ResponseActionCreateRequestVariant1ActionType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ResponseActionCreateRequestVariant1ActionType {
    /// `DISABLE_IDENTITY`
    DisableIdentity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ResponseActionCreateRequestVariant1ActionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ResponseActionCreateRequestVariant1ActionType::DisableIdentity => {
                "DISABLE_IDENTITY"
            }
            ResponseActionCreateRequestVariant1ActionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ResponseActionCreateRequestVariant1ActionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DISABLE_IDENTITY" => {
                ResponseActionCreateRequestVariant1ActionType::DisableIdentity
            }
            other => {
                ResponseActionCreateRequestVariant1ActionType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ResponseActionCreateRequestVariant1ActionType);
