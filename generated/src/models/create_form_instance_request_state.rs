//! `CreateFormInstanceRequestState`, from `beta/schemas/forms/CreateFormInstanceRequest.yaml`.
crate::string_enum! {
    #[doc =
    " State is required, if not present initial state is FormInstanceStateAssigned"]
    #[doc = " ASSIGNED FormInstanceStateAssigned"] #[doc =
    " IN_PROGRESS FormInstanceStateInProgress"] #[doc =
    " SUBMITTED FormInstanceStateSubmitted"] #[doc =
    " COMPLETED FormInstanceStateCompleted"] #[doc =
    " CANCELLED FormInstanceStateCancelled"] pub enum CreateFormInstanceRequestState {
    #[doc = " `ASSIGNED`"] Assigned = "ASSIGNED", #[doc = " `IN_PROGRESS`"] InProgress =
    "IN_PROGRESS", #[doc = " `SUBMITTED`"] Submitted = "SUBMITTED", #[doc =
    " `COMPLETED`"] Completed = "COMPLETED", #[doc = " `CANCELLED`"] Cancelled =
    "CANCELLED", }
}
