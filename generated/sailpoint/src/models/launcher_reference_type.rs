//! `LauncherReferenceType`, from `apis/launchers/schemas/launcher.yaml#/properties/reference/properties/type`.

/// Type of Launcher reference
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LauncherReferenceType {
    /// `WORKFLOW`
    Workflow,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LauncherReferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LauncherReferenceType::Workflow => "WORKFLOW",
            LauncherReferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LauncherReferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW" => LauncherReferenceType::Workflow,
            other => LauncherReferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LauncherReferenceType);
