//! `TokenAuthResponseStatus`, from `v3/schemas/TokenAuthResponse.yaml#/properties/status`.

/// MFA Authentication status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TokenAuthResponseStatus {
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

impl TokenAuthResponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            TokenAuthResponseStatus::Pending => "PENDING",
            TokenAuthResponseStatus::Success => "SUCCESS",
            TokenAuthResponseStatus::Failed => "FAILED",
            TokenAuthResponseStatus::Lockout => "LOCKOUT",
            TokenAuthResponseStatus::NotEnoughData => "NOT_ENOUGH_DATA",
            TokenAuthResponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for TokenAuthResponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => TokenAuthResponseStatus::Pending,
            "SUCCESS" => TokenAuthResponseStatus::Success,
            "FAILED" => TokenAuthResponseStatus::Failed,
            "LOCKOUT" => TokenAuthResponseStatus::Lockout,
            "NOT_ENOUGH_DATA" => TokenAuthResponseStatus::NotEnoughData,
            other => TokenAuthResponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(TokenAuthResponseStatus);
