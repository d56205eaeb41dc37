//! `Activationworkflowstatus`, from `apis/jit-activations/schemas/activationworkflowstatus.yaml`.

/// JIT activation workflow status.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Activationworkflowstatus {
    /// `CREATING`
    Creating,
    /// `ACTIVATING`
    Activating,
    /// `INVALID`
    Invalid,
    /// `ERROR`
    Error,
    /// `PROVISIONED`
    Provisioned,
    /// `DEPROVISIONING`
    Deprovisioning,
    /// `COMPLETED`
    Completed,
    /// `REVOKED`
    Revoked,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Activationworkflowstatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Activationworkflowstatus::Creating => "CREATING",
            Activationworkflowstatus::Activating => "ACTIVATING",
            Activationworkflowstatus::Invalid => "INVALID",
            Activationworkflowstatus::Error => "ERROR",
            Activationworkflowstatus::Provisioned => "PROVISIONED",
            Activationworkflowstatus::Deprovisioning => "DEPROVISIONING",
            Activationworkflowstatus::Completed => "COMPLETED",
            Activationworkflowstatus::Revoked => "REVOKED",
            Activationworkflowstatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for Activationworkflowstatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATING" => Activationworkflowstatus::Creating,
            "ACTIVATING" => Activationworkflowstatus::Activating,
            "INVALID" => Activationworkflowstatus::Invalid,
            "ERROR" => Activationworkflowstatus::Error,
            "PROVISIONED" => Activationworkflowstatus::Provisioned,
            "DEPROVISIONING" => Activationworkflowstatus::Deprovisioning,
            "COMPLETED" => Activationworkflowstatus::Completed,
            "REVOKED" => Activationworkflowstatus::Revoked,
            other => Activationworkflowstatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Activationworkflowstatus);
