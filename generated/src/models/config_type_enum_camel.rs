//! `ConfigTypeEnumCamel`, from `beta/schemas/work-reassignment/ConfigTypeEnumCamel.yaml`.
crate::string_enum! {
    #[doc =
    " Enum list of valid work types that can be selected for a Reassignment Configuration"]
    pub enum ConfigTypeEnumCamel { #[doc = " `accessRequests`"] AccessRequests =
    "accessRequests", #[doc = " `certifications`"] Certifications = "certifications",
    #[doc = " `manualTasks`"] ManualTasks = "manualTasks", }
}
