//! `TaskResultSimplifiedCompletionStatus`, from `v3/schemas/TaskResultSimplified.yaml`.
crate::string_enum! {
    #[doc = " Task result status"] pub enum TaskResultSimplifiedCompletionStatus { #[doc
    = " `Success`"] Success = "Success", #[doc = " `Warning`"] Warning = "Warning", #[doc
    = " `Error`"] Error = "Error", #[doc = " `Terminated`"] Terminated = "Terminated",
    #[doc = " `TempError`"] TempError = "TempError", }
}
