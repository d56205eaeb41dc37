//! `EmailstatusdtoVerificationStatus`, from `apis/notifications/schemas/emailstatusdto.yaml#/properties/verificationStatus`.

/// The verification status of the sender address
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EmailstatusdtoVerificationStatus {
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

impl EmailstatusdtoVerificationStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EmailstatusdtoVerificationStatus::Pending => "PENDING",
            EmailstatusdtoVerificationStatus::Success => "SUCCESS",
            EmailstatusdtoVerificationStatus::Failed => "FAILED",
            EmailstatusdtoVerificationStatus::Na => "NA",
            EmailstatusdtoVerificationStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for EmailstatusdtoVerificationStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => EmailstatusdtoVerificationStatus::Pending,
            "SUCCESS" => EmailstatusdtoVerificationStatus::Success,
            "FAILED" => EmailstatusdtoVerificationStatus::Failed,
            "NA" => EmailstatusdtoVerificationStatus::Na,
            other => EmailstatusdtoVerificationStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EmailstatusdtoVerificationStatus);
