//! `WorkflowCreatorType`, from `beta/schemas/Workflow.yaml`.
crate::string_enum! {
    #[doc = " Workflow creator's DTO type."] pub enum WorkflowCreatorType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
