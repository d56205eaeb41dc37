//! `Standardlevel`, from `apis/managed-clusters/schemas/standardlevel.yaml`.

/// Standard Log4j log level
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Standardlevel {
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

impl Standardlevel {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Standardlevel::Off => "OFF",
            Standardlevel::Fatal => "FATAL",
            Standardlevel::Error => "ERROR",
            Standardlevel::Warn => "WARN",
            Standardlevel::Info => "INFO",
            Standardlevel::Debug => "DEBUG",
            Standardlevel::Trace => "TRACE",
            Standardlevel::Unknown(value) => value,
        }
    }
}

impl From<&str> for Standardlevel {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OFF" => Standardlevel::Off,
            "FATAL" => Standardlevel::Fatal,
            "ERROR" => Standardlevel::Error,
            "WARN" => Standardlevel::Warn,
            "INFO" => Standardlevel::Info,
            "DEBUG" => Standardlevel::Debug,
            "TRACE" => Standardlevel::Trace,
            other => Standardlevel::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Standardlevel);
