//! `WorkflowLibraryTriggerType`, from `beta/schemas/WorkflowLibraryTrigger.yaml`.
crate::string_enum! {
    #[doc = " Trigger type"] pub enum WorkflowLibraryTriggerType { #[doc = " `EVENT`"]
    Event = "EVENT", #[doc = " `SCHEDULED`"] Scheduled = "SCHEDULED", #[doc =
    " `EXTERNAL`"] External = "EXTERNAL", }
}
