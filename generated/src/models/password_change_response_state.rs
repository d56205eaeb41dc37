//! `PasswordChangeResponseState`, from `beta/schemas/PasswordChangeResponse.yaml`.
crate::string_enum! {
    #[doc = " Password change state"] pub enum PasswordChangeResponseState { #[doc =
    " `IN_PROGRESS`"] InProgress = "IN_PROGRESS", #[doc = " `FINISHED`"] Finished =
    "FINISHED", #[doc = " `FAILED`"] Failed = "FAILED", }
}
