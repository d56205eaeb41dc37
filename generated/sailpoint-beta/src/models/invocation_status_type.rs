//! `InvocationStatusType`, from `beta/schemas/InvocationStatusType.yaml`.

/// Defines the Invocation type.
///
/// **TEST** The trigger was invocated as a test, either via the test subscription button in the UI or via the start test invocation API.
///
/// **REAL_TIME** The trigger subscription is live and was invocated by a real event in IdentityNow.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InvocationStatusType {
    /// `TEST`
    Test,
    /// `REAL_TIME`
    RealTime,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl InvocationStatusType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            InvocationStatusType::Test => "TEST",
            InvocationStatusType::RealTime => "REAL_TIME",
            InvocationStatusType::Unknown(value) => value,
        }
    }
}

impl From<&str> for InvocationStatusType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TEST" => InvocationStatusType::Test,
            "REAL_TIME" => InvocationStatusType::RealTime,
            other => InvocationStatusType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(InvocationStatusType);
