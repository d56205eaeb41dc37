//! `WorkflowModifiedByType`, from `beta/schemas/WorkflowModifiedBy.yaml`.
crate::string_enum! {
    #[doc = " `WorkflowModifiedByType` as the spec defines it."] pub enum
    WorkflowModifiedByType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
