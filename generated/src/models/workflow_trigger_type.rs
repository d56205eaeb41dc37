//! `WorkflowTriggerType`, from `beta/schemas/WorkflowTrigger.yaml`.
crate::string_enum! {
    #[doc = " The trigger type"] pub enum WorkflowTriggerType { #[doc = " `EVENT`"] Event
    = "EVENT", #[doc = " `EXTERNAL`"] External = "EXTERNAL", #[doc = " `SCHEDULED`"]
    Scheduled = "SCHEDULED", #[doc = " `\"\"`"] Empty = "", }
}
