//! `Requesteditemstatusrequeststate`, from `apis/access-requests/schemas/requesteditemstatusrequeststate.yaml`.

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
pub enum Requesteditemstatusrequeststate {
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

impl Requesteditemstatusrequeststate {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Requesteditemstatusrequeststate::Executing => "EXECUTING",
            Requesteditemstatusrequeststate::RequestCompleted => "REQUEST_COMPLETED",
            Requesteditemstatusrequeststate::Cancelled => "CANCELLED",
            Requesteditemstatusrequeststate::Terminated => "TERMINATED",
            Requesteditemstatusrequeststate::ProvisioningVerificationPending => {
                "PROVISIONING_VERIFICATION_PENDING"
            }
            Requesteditemstatusrequeststate::Rejected => "REJECTED",
            Requesteditemstatusrequeststate::ProvisioningFailed => "PROVISIONING_FAILED",
            Requesteditemstatusrequeststate::NotAllItemsProvisioned => {
                "NOT_ALL_ITEMS_PROVISIONED"
            }
            Requesteditemstatusrequeststate::Error => "ERROR",
            Requesteditemstatusrequeststate::Unknown(value) => value,
        }
    }
}

impl From<&str> for Requesteditemstatusrequeststate {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "EXECUTING" => Requesteditemstatusrequeststate::Executing,
            "REQUEST_COMPLETED" => Requesteditemstatusrequeststate::RequestCompleted,
            "CANCELLED" => Requesteditemstatusrequeststate::Cancelled,
            "TERMINATED" => Requesteditemstatusrequeststate::Terminated,
            "PROVISIONING_VERIFICATION_PENDING" => {
                Requesteditemstatusrequeststate::ProvisioningVerificationPending
            }
            "REJECTED" => Requesteditemstatusrequeststate::Rejected,
            "PROVISIONING_FAILED" => Requesteditemstatusrequeststate::ProvisioningFailed,
            "NOT_ALL_ITEMS_PROVISIONED" => {
                Requesteditemstatusrequeststate::NotAllItemsProvisioned
            }
            "ERROR" => Requesteditemstatusrequeststate::Error,
            other => Requesteditemstatusrequeststate::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Requesteditemstatusrequeststate);
