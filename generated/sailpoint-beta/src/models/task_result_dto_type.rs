//! `TaskResultDtoType`, from `v3/schemas/TaskResultDto.yaml#/properties/type`.

/// Task result DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskResultDtoType {
    /// `TASK_RESULT`
    TaskResult,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskResultDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskResultDtoType::TaskResult => "TASK_RESULT",
            TaskResultDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskResultDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TASK_RESULT" => TaskResultDtoType::TaskResult,
            other => TaskResultDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskResultDtoType);
