//! `Managedclientstatuscode`, from `apis/managed-clients/schemas/managedclientstatuscode.yaml`.

/// Status of a Managed Client
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Managedclientstatuscode {
    /// `NORMAL`
    Normal,
    /// `UNDEFINED`
    Undefined,
    /// `NOT_CONFIGURED`
    NotConfigured,
    /// `CONFIGURING`
    Configuring,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Managedclientstatuscode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Managedclientstatuscode::Normal => "NORMAL",
            Managedclientstatuscode::Undefined => "UNDEFINED",
            Managedclientstatuscode::NotConfigured => "NOT_CONFIGURED",
            Managedclientstatuscode::Configuring => "CONFIGURING",
            Managedclientstatuscode::Warning => "WARNING",
            Managedclientstatuscode::Error => "ERROR",
            Managedclientstatuscode::Failed => "FAILED",
            Managedclientstatuscode::Unknown(value) => value,
        }
    }
}

impl From<&str> for Managedclientstatuscode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Managedclientstatuscode::Normal,
            "UNDEFINED" => Managedclientstatuscode::Undefined,
            "NOT_CONFIGURED" => Managedclientstatuscode::NotConfigured,
            "CONFIGURING" => Managedclientstatuscode::Configuring,
            "WARNING" => Managedclientstatuscode::Warning,
            "ERROR" => Managedclientstatuscode::Error,
            "FAILED" => Managedclientstatuscode::Failed,
            other => Managedclientstatuscode::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Managedclientstatuscode);
