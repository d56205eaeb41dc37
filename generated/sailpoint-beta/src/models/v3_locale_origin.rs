//! `V3LocaleOrigin`, from `v3/schemas/LocaleOrigin.yaml`.

/// An indicator of how the locale was selected. *DEFAULT* means the locale is the system default. *REQUEST* means the locale was selected from the request context (i.e., best match based on the *Accept-Language* header). Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3LocaleOrigin {
    /// `DEFAULT`
    Default,
    /// `REQUEST`
    Request,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3LocaleOrigin {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3LocaleOrigin::Default => "DEFAULT",
            V3LocaleOrigin::Request => "REQUEST",
            V3LocaleOrigin::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3LocaleOrigin {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEFAULT" => V3LocaleOrigin::Default,
            "REQUEST" => V3LocaleOrigin::Request,
            other => V3LocaleOrigin::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3LocaleOrigin);
