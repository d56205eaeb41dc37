//! `Delete202ResponseType`, from `beta/paths/source.yaml#/delete/responses/202/content/application~1json/schema/properties/type`.

/// Type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Delete202ResponseType {
    /// `TASK_RESULT`
    TaskResult,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Delete202ResponseType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Delete202ResponseType::TaskResult => "TASK_RESULT",
            Delete202ResponseType::Unknown(value) => value,
        }
    }
}

impl From<&str> for Delete202ResponseType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "TASK_RESULT" => Delete202ResponseType::TaskResult,
            other => Delete202ResponseType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Delete202ResponseType);
