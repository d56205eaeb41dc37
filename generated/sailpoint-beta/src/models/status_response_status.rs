//! `StatusResponseStatus`, from `beta/schemas/StatusResponse.yaml#/properties/status`.

/// The status of the health check.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StatusResponseStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl StatusResponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            StatusResponseStatus::Success => "SUCCESS",
            StatusResponseStatus::Failure => "FAILURE",
            StatusResponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for StatusResponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => StatusResponseStatus::Success,
            "FAILURE" => StatusResponseStatus::Failure,
            other => StatusResponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(StatusResponseStatus);
