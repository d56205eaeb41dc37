//! `LoadUncorrelatedAccountsTaskTaskCompletionStatus`, from `beta/schemas/LoadUncorrelatedAccountsTask.yaml`.
crate::string_enum! {
    #[doc = " Task completion status."] pub enum
    LoadUncorrelatedAccountsTaskTaskCompletionStatus { #[doc = " `SUCCESS`"] Success =
    "SUCCESS", #[doc = " `WARNING`"] Warning = "WARNING", #[doc = " `ERROR`"] Error =
    "ERROR", #[doc = " `TERMINATED`"] Terminated = "TERMINATED", #[doc = " `TEMP_ERROR`"]
    TempError = "TEMP_ERROR", }
}
