//! `TaskresultdtoType`, from `apis/shared/schemas/taskresultdto.yaml#/properties/type`.

/// Task result DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskresultdtoType {
    /// `TASK_RESULT`
    TaskResult,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl TaskresultdtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TaskresultdtoType::TaskResult => "TASK_RESULT",
            TaskresultdtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for TaskresultdtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TASK_RESULT" => TaskresultdtoType::TaskResult,
            other => TaskresultdtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TaskresultdtoType);
