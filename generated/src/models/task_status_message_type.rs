//! `TaskStatusMessageType`, from `beta/schemas/TaskStatusMessage.yaml`.
crate::string_enum! {
    #[doc = " Type of the message"] pub enum TaskStatusMessageType { #[doc = " `INFO`"]
    Info = "INFO", #[doc = " `WARN`"] Warn = "WARN", #[doc = " `ERROR`"] Error = "ERROR",
    }
}
