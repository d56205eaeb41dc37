//! `LauncherType`, from `apis/launchers/schemas/launcher.yaml#/properties/type`.

/// Launcher type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LauncherType {
    /// `INTERACTIVE_PROCESS`
    InteractiveProcess,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LauncherType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LauncherType::InteractiveProcess => "INTERACTIVE_PROCESS",
            LauncherType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LauncherType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "INTERACTIVE_PROCESS" => LauncherType::InteractiveProcess,
            other => LauncherType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LauncherType);
