//! `EmailStatusDtoVerificationStatus`, from `beta/schemas/EmailStatusDto.yaml#/properties/verificationStatus`.

/// The verification status of the sender address
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EmailStatusDtoVerificationStatus {
    /// `PENDING`
    Pending,
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// `NA`
    Na,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EmailStatusDtoVerificationStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EmailStatusDtoVerificationStatus::Pending => "PENDING",
            EmailStatusDtoVerificationStatus::Success => "SUCCESS",
            EmailStatusDtoVerificationStatus::Failed => "FAILED",
            EmailStatusDtoVerificationStatus::Na => "NA",
            EmailStatusDtoVerificationStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for EmailStatusDtoVerificationStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => EmailStatusDtoVerificationStatus::Pending,
            "SUCCESS" => EmailStatusDtoVerificationStatus::Success,
            "FAILED" => EmailStatusDtoVerificationStatus::Failed,
            "NA" => EmailStatusDtoVerificationStatus::Na,
            other => EmailStatusDtoVerificationStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EmailStatusDtoVerificationStatus);
