//! `StandardLevel`, from `beta/schemas/StandardLevel.yaml`.

/// Standard Log4j log level
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StandardLevel {
    /// `OFF`
    Off,
    /// `FATAL`
    Fatal,
    /// `ERROR`
    Error,
    /// `WARN`
    Warn,
    /// `INFO`
    Info,
    /// `DEBUG`
    Debug,
    /// `TRACE`
    Trace,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl StandardLevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            StandardLevel::Off => "OFF",
            StandardLevel::Fatal => "FATAL",
            StandardLevel::Error => "ERROR",
            StandardLevel::Warn => "WARN",
            StandardLevel::Info => "INFO",
            StandardLevel::Debug => "DEBUG",
            StandardLevel::Trace => "TRACE",
            StandardLevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for StandardLevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OFF" => StandardLevel::Off,
            "FATAL" => StandardLevel::Fatal,
            "ERROR" => StandardLevel::Error,
            "WARN" => StandardLevel::Warn,
            "INFO" => StandardLevel::Info,
            "DEBUG" => StandardLevel::Debug,
            "TRACE" => StandardLevel::Trace,
            other => StandardLevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(StandardLevel);
