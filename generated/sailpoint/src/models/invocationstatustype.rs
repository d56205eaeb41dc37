//! `Invocationstatustype`, from `apis/triggers/schemas/invocationstatustype.yaml`.

/// Defines the Invocation type.
///
/// **TEST** The trigger was invocated as a test, either via the test subscription button in the UI or via the start test invocation API.
///
/// **REAL_TIME** The trigger subscription is live and was invocated by a real event in IdentityNow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Invocationstatustype {
    /// `TEST`
    Test,
    /// `REAL_TIME`
    RealTime,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Invocationstatustype {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Invocationstatustype::Test => "TEST",
            Invocationstatustype::RealTime => "REAL_TIME",
            Invocationstatustype::Unknown(value) => value,
        }
    }
}

impl From<&str> for Invocationstatustype {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TEST" => Invocationstatustype::Test,
            "REAL_TIME" => Invocationstatustype::RealTime,
            other => Invocationstatustype::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Invocationstatustype);
