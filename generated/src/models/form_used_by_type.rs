//! `FormUsedByType`, from `beta/schemas/forms/FormUsedBy.yaml`.
crate::string_enum! {
    #[doc = " FormUsedByType value."] #[doc = " WORKFLOW FormUsedByTypeWorkflow"] #[doc =
    " SOURCE FormUsedByTypeSource"] #[doc = " MySailPoint FormUsedByType"] pub enum
    FormUsedByType { #[doc = " `WORKFLOW`"] Workflow = "WORKFLOW", #[doc = " `SOURCE`"]
    Source = "SOURCE", #[doc = " `MySailPoint`"] MySailPoint = "MySailPoint", }
}
