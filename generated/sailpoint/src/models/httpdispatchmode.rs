//! `Httpdispatchmode`, from `apis/triggers/schemas/httpdispatchmode.yaml`.

/// HTTP response modes, i.e. SYNC, ASYNC, or DYNAMIC.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Httpdispatchmode {
    /// `SYNC`
    Sync,
    /// `ASYNC`
    Async,
    /// `DYNAMIC`
    Dynamic,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Httpdispatchmode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Httpdispatchmode::Sync => "SYNC",
            Httpdispatchmode::Async => "ASYNC",
            Httpdispatchmode::Dynamic => "DYNAMIC",
            Httpdispatchmode::Unknown(value) => value,
        }
    }
}

impl From<&str> for Httpdispatchmode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SYNC" => Httpdispatchmode::Sync,
            "ASYNC" => Httpdispatchmode::Async,
            "DYNAMIC" => Httpdispatchmode::Dynamic,
            other => Httpdispatchmode::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Httpdispatchmode);
