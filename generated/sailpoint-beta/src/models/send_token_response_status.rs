//! `SendTokenResponseStatus`, from `v3/schemas/SendTokenResponse.yaml#/properties/status`.

/// Status of sending token
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SendTokenResponseStatus {
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SendTokenResponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SendTokenResponseStatus::Success => "SUCCESS",
            SendTokenResponseStatus::Failed => "FAILED",
            SendTokenResponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SendTokenResponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => SendTokenResponseStatus::Success,
            "FAILED" => SendTokenResponseStatus::Failed,
            other => SendTokenResponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SendTokenResponseStatus);
