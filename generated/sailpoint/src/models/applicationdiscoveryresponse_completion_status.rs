//! `ApplicationdiscoveryresponseCompletionStatus`, from `apis/application-discovery/schemas/applicationdiscoveryresponse.yaml#/properties/completionStatus`.

/// Completion status of app discovery task
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApplicationdiscoveryresponseCompletionStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMPERROR`
    Temperror,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApplicationdiscoveryresponseCompletionStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApplicationdiscoveryresponseCompletionStatus::Success => "SUCCESS",
            ApplicationdiscoveryresponseCompletionStatus::Warning => "WARNING",
            ApplicationdiscoveryresponseCompletionStatus::Error => "ERROR",
            ApplicationdiscoveryresponseCompletionStatus::Terminated => "TERMINATED",
            ApplicationdiscoveryresponseCompletionStatus::Temperror => "TEMPERROR",
            ApplicationdiscoveryresponseCompletionStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApplicationdiscoveryresponseCompletionStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => ApplicationdiscoveryresponseCompletionStatus::Success,
            "WARNING" => ApplicationdiscoveryresponseCompletionStatus::Warning,
            "ERROR" => ApplicationdiscoveryresponseCompletionStatus::Error,
            "TERMINATED" => ApplicationdiscoveryresponseCompletionStatus::Terminated,
            "TEMPERROR" => ApplicationdiscoveryresponseCompletionStatus::Temperror,
            other => {
                ApplicationdiscoveryresponseCompletionStatus::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(ApplicationdiscoveryresponseCompletionStatus);
