//! `LoadUncorrelatedAccountsTaskTaskMessagesInnerType`, from `beta/schemas/LoadUncorrelatedAccountsTask.yaml`.
crate::string_enum! {
    #[doc = " Type of the message."] pub enum
    LoadUncorrelatedAccountsTaskTaskMessagesInnerType { #[doc = " `INFO`"] Info = "INFO",
    #[doc = " `WARN`"] Warn = "WARN", #[doc = " `ERROR`"] Error = "ERROR", }
}
