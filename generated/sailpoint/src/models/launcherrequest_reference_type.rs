//! `LauncherrequestReferenceType`, from `apis/launchers/schemas/launcherrequest.yaml#/properties/reference/properties/type`.

/// Type of Launcher reference
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LauncherrequestReferenceType {
    /// `WORKFLOW`
    Workflow,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LauncherrequestReferenceType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LauncherrequestReferenceType::Workflow => "WORKFLOW",
            LauncherrequestReferenceType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LauncherrequestReferenceType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW" => LauncherrequestReferenceType::Workflow,
            other => LauncherrequestReferenceType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LauncherrequestReferenceType);
