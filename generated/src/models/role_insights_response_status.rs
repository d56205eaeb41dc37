//! `RoleInsightsResponseStatus`, from `beta/schemas/RoleInsightsResponse.yaml`.
crate::string_enum! {
    #[doc = " Request status"] pub enum RoleInsightsResponseStatus { #[doc =
    " `CREATED`"] Created = "CREATED", #[doc = " `IN PROGRESS`"] InProgress =
    "IN PROGRESS", #[doc = " `COMPLETED`"] Completed = "COMPLETED", #[doc = " `FAILED`"]
    Failed = "FAILED", }
}
