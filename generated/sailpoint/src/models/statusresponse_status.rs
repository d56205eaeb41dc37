//! `StatusresponseStatus`, from `apis/sources/schemas/statusresponse.yaml#/properties/status`.

/// The status of the health check.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StatusresponseStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl StatusresponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            StatusresponseStatus::Success => "SUCCESS",
            StatusresponseStatus::Failure => "FAILURE",
            StatusresponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for StatusresponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => StatusresponseStatus::Success,
            "FAILURE" => StatusresponseStatus::Failure,
            other => StatusresponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(StatusresponseStatus);
