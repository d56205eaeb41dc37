//! `LauncherRequestType`, from `beta/schemas/LauncherRequest.yaml#/properties/type`.

/// Launcher type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LauncherRequestType {
    /// `INTERACTIVE_PROCESS`
    InteractiveProcess,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LauncherRequestType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LauncherRequestType::InteractiveProcess => "INTERACTIVE_PROCESS",
            LauncherRequestType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LauncherRequestType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INTERACTIVE_PROCESS" => LauncherRequestType::InteractiveProcess,
            other => LauncherRequestType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LauncherRequestType);
