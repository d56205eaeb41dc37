//! `TaskManagementTargetType`, from `apis/task-management/schemas/target.yaml#/properties/type`.

/// Target type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskManagementTargetType {
    /// `APPLICATION`
    Application,
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskManagementTargetType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskManagementTargetType::Application => "APPLICATION",
            TaskManagementTargetType::Identity => "IDENTITY",
            TaskManagementTargetType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskManagementTargetType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPLICATION" => TaskManagementTargetType::Application,
            "IDENTITY" => TaskManagementTargetType::Identity,
            other => TaskManagementTargetType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskManagementTargetType);
