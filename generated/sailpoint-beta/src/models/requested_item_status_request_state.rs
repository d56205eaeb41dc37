//! `RequestedItemStatusRequestState`, from `v2024/schemas/RequestedItemStatusRequestState.yaml`.

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
pub enum RequestedItemStatusRequestState {
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

impl RequestedItemStatusRequestState {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            RequestedItemStatusRequestState::Executing => "EXECUTING",
            RequestedItemStatusRequestState::RequestCompleted => "REQUEST_COMPLETED",
            RequestedItemStatusRequestState::Cancelled => "CANCELLED",
            RequestedItemStatusRequestState::Terminated => "TERMINATED",
            RequestedItemStatusRequestState::ProvisioningVerificationPending => {
                "PROVISIONING_VERIFICATION_PENDING"
            }
            RequestedItemStatusRequestState::Rejected => "REJECTED",
            RequestedItemStatusRequestState::ProvisioningFailed => "PROVISIONING_FAILED",
            RequestedItemStatusRequestState::NotAllItemsProvisioned => {
                "NOT_ALL_ITEMS_PROVISIONED"
            }
            RequestedItemStatusRequestState::Error => "ERROR",
            RequestedItemStatusRequestState::Unknown(value) => value,
        }
    }
}

impl From<&str> for RequestedItemStatusRequestState {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXECUTING" => RequestedItemStatusRequestState::Executing,
            "REQUEST_COMPLETED" => RequestedItemStatusRequestState::RequestCompleted,
            "CANCELLED" => RequestedItemStatusRequestState::Cancelled,
            "TERMINATED" => RequestedItemStatusRequestState::Terminated,
            "PROVISIONING_VERIFICATION_PENDING" => {
                RequestedItemStatusRequestState::ProvisioningVerificationPending
            }
            "REJECTED" => RequestedItemStatusRequestState::Rejected,
            "PROVISIONING_FAILED" => RequestedItemStatusRequestState::ProvisioningFailed,
            "NOT_ALL_ITEMS_PROVISIONED" => {
                RequestedItemStatusRequestState::NotAllItemsProvisioned
            }
            "ERROR" => RequestedItemStatusRequestState::Error,
            other => RequestedItemStatusRequestState::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(RequestedItemStatusRequestState);
