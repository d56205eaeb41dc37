//! `KbaAuthResponseStatus`, from `v3/schemas/KbaAuthResponse.yaml#/properties/status`.

/// MFA Authentication status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum KbaAuthResponseStatus {
    /// `PENDING`
    Pending,
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// `LOCKOUT`
    Lockout,
    /// `NOT_ENOUGH_DATA`
    NotEnoughData,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl KbaAuthResponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            KbaAuthResponseStatus::Pending => "PENDING",
            KbaAuthResponseStatus::Success => "SUCCESS",
            KbaAuthResponseStatus::Failed => "FAILED",
            KbaAuthResponseStatus::Lockout => "LOCKOUT",
            KbaAuthResponseStatus::NotEnoughData => "NOT_ENOUGH_DATA",
            KbaAuthResponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for KbaAuthResponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => KbaAuthResponseStatus::Pending,
            "SUCCESS" => KbaAuthResponseStatus::Success,
            "FAILED" => KbaAuthResponseStatus::Failed,
            "LOCKOUT" => KbaAuthResponseStatus::Lockout,
            "NOT_ENOUGH_DATA" => KbaAuthResponseStatus::NotEnoughData,
            other => KbaAuthResponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(KbaAuthResponseStatus);
