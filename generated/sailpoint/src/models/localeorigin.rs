//! `Localeorigin`, from `apis/shared/schemas/localeorigin.yaml`.

/// An indicator of how the locale was selected. *DEFAULT* means the locale is the system default. *REQUEST* means the locale was selected from the request context (i.e., best match based on the *Accept-Language* header). Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Localeorigin {
    /// `DEFAULT`
    Default,
    /// `REQUEST`
    Request,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Localeorigin {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Localeorigin::Default => "DEFAULT",
            Localeorigin::Request => "REQUEST",
            Localeorigin::Unknown(value) => value,
        }
    }
}

impl From<&str> for Localeorigin {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEFAULT" => Localeorigin::Default,
            "REQUEST" => Localeorigin::Request,
            other => Localeorigin::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Localeorigin);
