//! `MailfromattributesMailFromDomainStatus`, from `apis/notifications/schemas/mailfromattributes.yaml#/properties/mailFromDomainStatus`.

/// The current status of the MAIL FROM verification
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MailfromattributesMailFromDomainStatus {
    /// `PENDING`
    Pending,
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MailfromattributesMailFromDomainStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MailfromattributesMailFromDomainStatus::Pending => "PENDING",
            MailfromattributesMailFromDomainStatus::Success => "SUCCESS",
            MailfromattributesMailFromDomainStatus::Failed => "FAILED",
            MailfromattributesMailFromDomainStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for MailfromattributesMailFromDomainStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => MailfromattributesMailFromDomainStatus::Pending,
            "SUCCESS" => MailfromattributesMailFromDomainStatus::Success,
            "FAILED" => MailfromattributesMailFromDomainStatus::Failed,
            other => MailfromattributesMailFromDomainStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MailfromattributesMailFromDomainStatus);
