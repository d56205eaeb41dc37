//! `VerificationResponseStatus`, from `v3/schemas/VerificationResponse.yaml#/properties/status`.

/// MFA Authentication status
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationResponseStatus {
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

impl VerificationResponseStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            VerificationResponseStatus::Pending => "PENDING",
            VerificationResponseStatus::Success => "SUCCESS",
            VerificationResponseStatus::Failed => "FAILED",
            VerificationResponseStatus::Lockout => "LOCKOUT",
            VerificationResponseStatus::NotEnoughData => "NOT_ENOUGH_DATA",
            VerificationResponseStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for VerificationResponseStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => VerificationResponseStatus::Pending,
            "SUCCESS" => VerificationResponseStatus::Success,
            "FAILED" => VerificationResponseStatus::Failed,
            "LOCKOUT" => VerificationResponseStatus::Lockout,
            "NOT_ENOUGH_DATA" => VerificationResponseStatus::NotEnoughData,
            other => VerificationResponseStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(VerificationResponseStatus);
