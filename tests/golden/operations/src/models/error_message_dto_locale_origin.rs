//! `ErrorMessageDtoLocaleOrigin`, from `openapi.yaml#/components/schemas/ErrorMessageDto/properties/localeOrigin`.

/// `ErrorMessageDtoLocaleOrigin` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorMessageDtoLocaleOrigin {
    /// `DEFAULT`
    Default,
    /// `REQUEST`
    Request,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ErrorMessageDtoLocaleOrigin {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ErrorMessageDtoLocaleOrigin::Default => "DEFAULT",
            ErrorMessageDtoLocaleOrigin::Request => "REQUEST",
            ErrorMessageDtoLocaleOrigin::Unknown(value) => value,
        }
    }
}

impl From<&str> for ErrorMessageDtoLocaleOrigin {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEFAULT" => ErrorMessageDtoLocaleOrigin::Default,
            "REQUEST" => ErrorMessageDtoLocaleOrigin::Request,
            other => ErrorMessageDtoLocaleOrigin::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ErrorMessageDtoLocaleOrigin);
