//! `ProvisioningState`, from `v3/schemas/ProvisioningState.yaml`.

/// Provisioning state of an account activity item
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProvisioningState {
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

impl ProvisioningState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ProvisioningState::Pending => "PENDING",
            ProvisioningState::Finished => "FINISHED",
            ProvisioningState::Unverifiable => "UNVERIFIABLE",
            ProvisioningState::Commited => "COMMITED",
            ProvisioningState::Failed => "FAILED",
            ProvisioningState::Retry => "RETRY",
            ProvisioningState::Unknown(value) => value,
        }
    }
}

impl From<&str> for ProvisioningState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => ProvisioningState::Pending,
            "FINISHED" => ProvisioningState::Finished,
            "UNVERIFIABLE" => ProvisioningState::Unverifiable,
            "COMMITED" => ProvisioningState::Commited,
            "FAILED" => ProvisioningState::Failed,
            "RETRY" => ProvisioningState::Retry,
            other => ProvisioningState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ProvisioningState);
