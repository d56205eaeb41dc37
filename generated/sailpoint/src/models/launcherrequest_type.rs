//! `LauncherrequestType`, from `apis/launchers/schemas/launcherrequest.yaml#/properties/type`.

/// Launcher type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LauncherrequestType {
    /// `INTERACTIVE_PROCESS`
    InteractiveProcess,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LauncherrequestType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LauncherrequestType::InteractiveProcess => "INTERACTIVE_PROCESS",
            LauncherrequestType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LauncherrequestType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INTERACTIVE_PROCESS" => LauncherrequestType::InteractiveProcess,
            other => LauncherrequestType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LauncherrequestType);
