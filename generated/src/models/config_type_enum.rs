//! `ConfigTypeEnum`, from `beta/schemas/work-reassignment/ConfigTypeEnum.yaml`.
crate::string_enum! {
    #[doc =
    " Enum list of valid work types that can be selected for a Reassignment Configuration"]
    pub enum ConfigTypeEnum { #[doc = " `ACCESS_REQUESTS`"] AccessRequests =
    "ACCESS_REQUESTS", #[doc = " `CERTIFICATIONS`"] Certifications = "CERTIFICATIONS",
    #[doc = " `MANUAL_TASKS`"] ManualTasks = "MANUAL_TASKS", }
}
