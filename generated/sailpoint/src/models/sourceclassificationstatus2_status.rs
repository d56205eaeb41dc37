//! `Sourceclassificationstatus2Status`, from `apis/classify-source/schemas/sourceclassificationstatus.yaml#/allOf/0/properties/status`.

/// Status of Classification Process
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Sourceclassificationstatus2Status {
    /// `STARTED`
    Started,
    /// `COLLECTED`
    Collected,
    /// `COMPLETED`
    Completed,
    /// `CANCELLED`
    Cancelled,
    /// `TERMINATED`
    Terminated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Sourceclassificationstatus2Status {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Sourceclassificationstatus2Status::Started => "STARTED",
            Sourceclassificationstatus2Status::Collected => "COLLECTED",
            Sourceclassificationstatus2Status::Completed => "COMPLETED",
            Sourceclassificationstatus2Status::Cancelled => "CANCELLED",
            Sourceclassificationstatus2Status::Terminated => "TERMINATED",
            Sourceclassificationstatus2Status::Unknown(value) => value,
        }
    }
}

impl From<&str> for Sourceclassificationstatus2Status {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "STARTED" => Sourceclassificationstatus2Status::Started,
            "COLLECTED" => Sourceclassificationstatus2Status::Collected,
            "COMPLETED" => Sourceclassificationstatus2Status::Completed,
            "CANCELLED" => Sourceclassificationstatus2Status::Cancelled,
            "TERMINATED" => Sourceclassificationstatus2Status::Terminated,
            other => Sourceclassificationstatus2Status::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Sourceclassificationstatus2Status);
