//! `HttpDispatchMode`, from `beta/schemas/HttpDispatchMode.yaml`.

/// HTTP response modes, i.e. SYNC, ASYNC, or DYNAMIC.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HttpDispatchMode {
    /// `SYNC`
    Sync,
    /// `ASYNC`
    Async,
    /// `DYNAMIC`
    Dynamic,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl HttpDispatchMode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            HttpDispatchMode::Sync => "SYNC",
            HttpDispatchMode::Async => "ASYNC",
            HttpDispatchMode::Dynamic => "DYNAMIC",
            HttpDispatchMode::Unknown(value) => value,
        }
    }
}

impl From<&str> for HttpDispatchMode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SYNC" => HttpDispatchMode::Sync,
            "ASYNC" => HttpDispatchMode::Async,
            "DYNAMIC" => HttpDispatchMode::Dynamic,
            other => HttpDispatchMode::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(HttpDispatchMode);
