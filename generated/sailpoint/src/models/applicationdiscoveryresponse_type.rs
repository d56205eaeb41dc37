//! `ApplicationdiscoveryresponseType`, from `apis/application-discovery/schemas/applicationdiscoveryresponse.yaml#/properties/type`.

/// Type of task for app discovery
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApplicationdiscoveryresponseType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApplicationdiscoveryresponseType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApplicationdiscoveryresponseType::Quartz => "QUARTZ",
            ApplicationdiscoveryresponseType::Qpoc => "QPOC",
            ApplicationdiscoveryresponseType::QueuedTask => "QUEUED_TASK",
            ApplicationdiscoveryresponseType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApplicationdiscoveryresponseType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => ApplicationdiscoveryresponseType::Quartz,
            "QPOC" => ApplicationdiscoveryresponseType::Qpoc,
            "QUEUED_TASK" => ApplicationdiscoveryresponseType::QueuedTask,
            other => ApplicationdiscoveryresponseType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApplicationdiscoveryresponseType);
