//! `FormInstanceResponseState`, from `beta/schemas/forms/FormInstanceResponse.yaml`.
crate::string_enum! {
    #[doc = " State the state of the form instance"] #[doc =
    " ASSIGNED FormInstanceStateAssigned"] #[doc =
    " IN_PROGRESS FormInstanceStateInProgress"] #[doc =
    " SUBMITTED FormInstanceStateSubmitted"] #[doc =
    " COMPLETED FormInstanceStateCompleted"] #[doc =
    " CANCELLED FormInstanceStateCancelled"] pub enum FormInstanceResponseState { #[doc =
    " `ASSIGNED`"] Assigned = "ASSIGNED", #[doc = " `IN_PROGRESS`"] InProgress =
    "IN_PROGRESS", #[doc = " `SUBMITTED`"] Submitted = "SUBMITTED", #[doc =
    " `COMPLETED`"] Completed = "COMPLETED", #[doc = " `CANCELLED`"] Cancelled =
    "CANCELLED", }
}
