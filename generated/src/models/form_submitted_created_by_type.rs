//! `FormSubmittedCreatedByType`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml`.
crate::string_enum! {
    #[doc = " Form creation origin's type."] pub enum FormSubmittedCreatedByType { #[doc
    = " `WORKFLOW_EXECUTION`"] WorkflowExecution = "WORKFLOW_EXECUTION", #[doc =
    " `SOURCE`"] Source = "SOURCE", }
}
