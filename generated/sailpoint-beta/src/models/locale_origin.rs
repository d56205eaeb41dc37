//! `LocaleOrigin`, from `v2024/schemas/LocaleOrigin.yaml`.

/// An indicator of how the locale was selected. *DEFAULT* means the locale is the system default. *REQUEST* means the locale was selected from the request context (i.e., best match based on the *Accept-Language* header). Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LocaleOrigin {
    /// `DEFAULT`
    Default,
    /// `REQUEST`
    Request,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LocaleOrigin {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LocaleOrigin::Default => "DEFAULT",
            LocaleOrigin::Request => "REQUEST",
            LocaleOrigin::Unknown(value) => value,
        }
    }
}

impl From<&str> for LocaleOrigin {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEFAULT" => LocaleOrigin::Default,
            "REQUEST" => LocaleOrigin::Request,
            other => LocaleOrigin::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LocaleOrigin);
