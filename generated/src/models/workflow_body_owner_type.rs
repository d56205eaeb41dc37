//! `WorkflowBodyOwnerType`, from `beta/schemas/WorkflowBody.yaml`.
crate::string_enum! {
    #[doc = " The type of object that is referenced"] pub enum WorkflowBodyOwnerType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
