//! `Provisioningstate`, from `apis/account-activities/schemas/provisioningstate.yaml`.

/// Provisioning state of an account activity item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Provisioningstate {
    /// `PENDING`
    Pending,
    /// `FINISHED`
    Finished,
    /// `UNVERIFIABLE`
    Unverifiable,
    /// `COMMITED`
    Commited,
    /// `FAILED`
    Failed,
    /// `RETRY`
    Retry,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Provisioningstate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Provisioningstate::Pending => "PENDING",
            Provisioningstate::Finished => "FINISHED",
            Provisioningstate::Unverifiable => "UNVERIFIABLE",
            Provisioningstate::Commited => "COMMITED",
            Provisioningstate::Failed => "FAILED",
            Provisioningstate::Retry => "RETRY",
            Provisioningstate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Provisioningstate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Provisioningstate::Pending,
            "FINISHED" => Provisioningstate::Finished,
            "UNVERIFIABLE" => Provisioningstate::Unverifiable,
            "COMMITED" => Provisioningstate::Commited,
            "FAILED" => Provisioningstate::Failed,
            "RETRY" => Provisioningstate::Retry,
            other => Provisioningstate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Provisioningstate);
