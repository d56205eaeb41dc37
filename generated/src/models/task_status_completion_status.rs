//! `TaskStatusCompletionStatus`, from `beta/schemas/TaskStatus.yaml`.
crate::string_enum! {
    #[doc = " Completion status of the task this TaskStatus represents"] pub enum
    TaskStatusCompletionStatus { #[doc = " `SUCCESS`"] Success = "SUCCESS", #[doc =
    " `WARNING`"] Warning = "WARNING", #[doc = " `ERROR`"] Error = "ERROR", #[doc =
    " `TERMINATED`"] Terminated = "TERMINATED", #[doc = " `TEMPERROR`"] Temperror =
    "TEMPERROR", }
}
