//! `DeleteSourceV1202ResponseType`, from `apis/sources/paths/sources-v1-by-id.yaml#/delete/responses/202/content/application~1json/schema/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeleteSourceV1202ResponseType {
    /// `TASK_RESULT`
    TaskResult,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DeleteSourceV1202ResponseType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DeleteSourceV1202ResponseType::TaskResult => "TASK_RESULT",
            DeleteSourceV1202ResponseType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DeleteSourceV1202ResponseType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TASK_RESULT" => DeleteSourceV1202ResponseType::TaskResult,
            other => DeleteSourceV1202ResponseType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DeleteSourceV1202ResponseType);
