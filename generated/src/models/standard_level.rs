//! `StandardLevel`, from `beta/schemas/StandardLevel.yaml`.
crate::string_enum! {
    #[doc = " Standard Log4j log level"] pub enum StandardLevel { #[doc = " `OFF`"] Off =
    "OFF", #[doc = " `FATAL`"] Fatal = "FATAL", #[doc = " `ERROR`"] Error = "ERROR",
    #[doc = " `WARN`"] Warn = "WARN", #[doc = " `INFO`"] Info = "INFO", #[doc =
    " `DEBUG`"] Debug = "DEBUG", #[doc = " `TRACE`"] Trace = "TRACE", }
}
