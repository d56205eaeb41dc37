//! `MultiHostIntegrationsConnectorAttributesMultihostStatus`, from `beta/schemas/MultiHostIntegrations.yaml`.
crate::string_enum! {
    #[doc = " Multi-Host integration status."] pub enum
    MultiHostIntegrationsConnectorAttributesMultihostStatus { #[doc = " `ready`"] Ready =
    "ready", #[doc = " `processing`"] Processing = "processing", #[doc =
    " `fileUploadInProgress`"] FileUploadInProgress = "fileUploadInProgress", #[doc =
    " `sourceCreationInProgress`"] SourceCreationInProgress = "sourceCreationInProgress",
    #[doc = " `aggregationGroupingInProgress`"] AggregationGroupingInProgress =
    "aggregationGroupingInProgress", #[doc = " `aggregationScheduleInProgress`"]
    AggregationScheduleInProgress = "aggregationScheduleInProgress", #[doc =
    " `deleteInProgress`"] DeleteInProgress = "deleteInProgress", #[doc =
    " `deleteFailed`"] DeleteFailed = "deleteFailed", }
}
