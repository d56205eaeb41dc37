//! `V3RequestedItemStatusRequestState`, from `v3/schemas/RequestedItemStatusRequestState.yaml`.

/// Indicates the state of an access request:
/// * EXECUTING: The request is executing, which indicates the system is doing some processing.
/// * REQUEST_COMPLETED: Indicates the request  has been completed.
/// * CANCELLED: The request was cancelled with no user input.
/// * TERMINATED: The request has been terminated before it was able to complete.
/// * PROVISIONING_VERIFICATION_PENDING: The request has finished any approval steps and provisioning is waiting to be verified.
/// * REJECTED: The request was rejected.
/// * PROVISIONING_FAILED: The request has failed to complete.
/// * NOT_ALL_ITEMS_PROVISIONED: One or more of the requested items failed to complete, but there were one or more  successes.
/// * ERROR: An error occurred during request processing.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3RequestedItemStatusRequestState {
    /// `EXECUTING`
    Executing,
    /// `REQUEST_COMPLETED`
    RequestCompleted,
    /// `CANCELLED`
    Cancelled,
    /// `TERMINATED`
    Terminated,
    /// `PROVISIONING_VERIFICATION_PENDING`
    ProvisioningVerificationPending,
    /// `REJECTED`
    Rejected,
    /// `PROVISIONING_FAILED`
    ProvisioningFailed,
    /// `NOT_ALL_ITEMS_PROVISIONED`
    NotAllItemsProvisioned,
    /// `ERROR`
    Error,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3RequestedItemStatusRequestState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3RequestedItemStatusRequestState::Executing => "EXECUTING",
            V3RequestedItemStatusRequestState::RequestCompleted => "REQUEST_COMPLETED",
            V3RequestedItemStatusRequestState::Cancelled => "CANCELLED",
            V3RequestedItemStatusRequestState::Terminated => "TERMINATED",
            V3RequestedItemStatusRequestState::ProvisioningVerificationPending => {
                "PROVISIONING_VERIFICATION_PENDING"
            }
            V3RequestedItemStatusRequestState::Rejected => "REJECTED",
            V3RequestedItemStatusRequestState::ProvisioningFailed => {
                "PROVISIONING_FAILED"
            }
            V3RequestedItemStatusRequestState::NotAllItemsProvisioned => {
                "NOT_ALL_ITEMS_PROVISIONED"
            }
            V3RequestedItemStatusRequestState::Error => "ERROR",
            V3RequestedItemStatusRequestState::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3RequestedItemStatusRequestState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXECUTING" => V3RequestedItemStatusRequestState::Executing,
            "REQUEST_COMPLETED" => V3RequestedItemStatusRequestState::RequestCompleted,
            "CANCELLED" => V3RequestedItemStatusRequestState::Cancelled,
            "TERMINATED" => V3RequestedItemStatusRequestState::Terminated,
            "PROVISIONING_VERIFICATION_PENDING" => {
                V3RequestedItemStatusRequestState::ProvisioningVerificationPending
            }
            "REJECTED" => V3RequestedItemStatusRequestState::Rejected,
            "PROVISIONING_FAILED" => {
                V3RequestedItemStatusRequestState::ProvisioningFailed
            }
            "NOT_ALL_ITEMS_PROVISIONED" => {
                V3RequestedItemStatusRequestState::NotAllItemsProvisioned
            }
            "ERROR" => V3RequestedItemStatusRequestState::Error,
            other => V3RequestedItemStatusRequestState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3RequestedItemStatusRequestState);
