//! `FormInstanceCreatedByType`, from `beta/schemas/forms/FormInstanceCreatedBy.yaml`.
crate::string_enum! {
    #[doc = " Type is a form instance created by type enum value"] #[doc =
    " WORKFLOW_EXECUTION FormInstanceCreatedByTypeWorkflowExecution"] #[doc =
    " SOURCE FormInstanceCreatedByTypeSource"] pub enum FormInstanceCreatedByType { #[doc
    = " `WORKFLOW_EXECUTION`"] WorkflowExecution = "WORKFLOW_EXECUTION", #[doc =
    " `SOURCE`"] Source = "SOURCE", }
}
