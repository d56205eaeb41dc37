//! `MailFromAttributesMailFromDomainStatus`, from `beta/schemas/MailFromAttributes.yaml#/properties/mailFromDomainStatus`.

/// The current status of the MAIL FROM verification
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MailFromAttributesMailFromDomainStatus {
    /// `PENDING`
    Pending,
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MailFromAttributesMailFromDomainStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MailFromAttributesMailFromDomainStatus::Pending => "PENDING",
            MailFromAttributesMailFromDomainStatus::Success => "SUCCESS",
            MailFromAttributesMailFromDomainStatus::Failed => "FAILED",
            MailFromAttributesMailFromDomainStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for MailFromAttributesMailFromDomainStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => MailFromAttributesMailFromDomainStatus::Pending,
            "SUCCESS" => MailFromAttributesMailFromDomainStatus::Success,
            "FAILED" => MailFromAttributesMailFromDomainStatus::Failed,
            other => MailFromAttributesMailFromDomainStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MailFromAttributesMailFromDomainStatus);
