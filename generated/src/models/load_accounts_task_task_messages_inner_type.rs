//! `LoadAccountsTaskTaskMessagesInnerType`, from `beta/schemas/LoadAccountsTask.yaml`.
crate::string_enum! {
    #[doc = " Type of the message."] pub enum LoadAccountsTaskTaskMessagesInnerType {
    #[doc = " `INFO`"] Info = "INFO", #[doc = " `WARN`"] Warn = "WARN", #[doc =
    " `ERROR`"] Error = "ERROR", }
}
