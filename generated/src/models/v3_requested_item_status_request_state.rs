//! `V3RequestedItemStatusRequestState`, from `v3/schemas/RequestedItemStatusRequestState.yaml`.
crate::string_enum! {
    #[doc = " Indicates the state of an access request:"] #[doc =
    " * EXECUTING: The request is executing, which indicates the system is doing some processing."]
    #[doc = " * REQUEST_COMPLETED: Indicates the request  has been completed."] #[doc =
    " * CANCELLED: The request was cancelled with no user input."] #[doc =
    " * TERMINATED: The request has been terminated before it was able to complete."]
    #[doc =
    " * PROVISIONING_VERIFICATION_PENDING: The request has finished any approval steps and provisioning is waiting to be verified."]
    #[doc = " * REJECTED: The request was rejected."] #[doc =
    " * PROVISIONING_FAILED: The request has failed to complete."] #[doc =
    " * NOT_ALL_ITEMS_PROVISIONED: One or more of the requested items failed to complete, but there were one or more  successes."]
    #[doc = " * ERROR: An error occurred during request processing."] pub enum
    V3RequestedItemStatusRequestState { #[doc = " `EXECUTING`"] Executing = "EXECUTING",
    #[doc = " `REQUEST_COMPLETED`"] RequestCompleted = "REQUEST_COMPLETED", #[doc =
    " `CANCELLED`"] Cancelled = "CANCELLED", #[doc = " `TERMINATED`"] Terminated =
    "TERMINATED", #[doc = " `PROVISIONING_VERIFICATION_PENDING`"]
    ProvisioningVerificationPending = "PROVISIONING_VERIFICATION_PENDING", #[doc =
    " `REJECTED`"] Rejected = "REJECTED", #[doc = " `PROVISIONING_FAILED`"]
    ProvisioningFailed = "PROVISIONING_FAILED", #[doc = " `NOT_ALL_ITEMS_PROVISIONED`"]
    NotAllItemsProvisioned = "NOT_ALL_ITEMS_PROVISIONED", #[doc = " `ERROR`"] Error =
    "ERROR", }
}
