//! `LauncherRequestReferenceType`, from `beta/schemas/LauncherRequest.yaml#/properties/reference/properties/type`.

/// Type of Launcher reference
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LauncherRequestReferenceType {
    /// `WORKFLOW`
    Workflow,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LauncherRequestReferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LauncherRequestReferenceType::Workflow => "WORKFLOW",
            LauncherRequestReferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LauncherRequestReferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW" => LauncherRequestReferenceType::Workflow,
            other => LauncherRequestReferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LauncherRequestReferenceType);
