//! `PasswordStatusState`, from `beta/schemas/PasswordStatus.yaml`.
crate::string_enum! {
    #[doc = " Password change state"] pub enum PasswordStatusState { #[doc =
    " `IN_PROGRESS`"] InProgress = "IN_PROGRESS", #[doc = " `FINISHED`"] Finished =
    "FINISHED", #[doc = " `FAILED`"] Failed = "FAILED", }
}
