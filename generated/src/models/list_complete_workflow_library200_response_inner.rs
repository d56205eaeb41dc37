//! `ListCompleteWorkflowLibrary200ResponseInner`, from `beta/paths/workflow-library.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::{
    WorkflowLibraryAction, WorkflowLibraryOperator, WorkflowLibraryTrigger,
};

/// `ListCompleteWorkflowLibrary200ResponseInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ListCompleteWorkflowLibrary200ResponseInner {
    WorkflowLibraryAction(WorkflowLibraryAction),
    WorkflowLibraryTrigger(WorkflowLibraryTrigger),
    WorkflowLibraryOperator(WorkflowLibraryOperator),
}

impl From<WorkflowLibraryAction> for ListCompleteWorkflowLibrary200ResponseInner {
    fn from(value: WorkflowLibraryAction) -> Self {
        ListCompleteWorkflowLibrary200ResponseInner::WorkflowLibraryAction(value)
    }
}

impl From<WorkflowLibraryTrigger> for ListCompleteWorkflowLibrary200ResponseInner {
    fn from(value: WorkflowLibraryTrigger) -> Self {
        ListCompleteWorkflowLibrary200ResponseInner::WorkflowLibraryTrigger(value)
    }
}

impl From<WorkflowLibraryOperator> for ListCompleteWorkflowLibrary200ResponseInner {
    fn from(value: WorkflowLibraryOperator) -> Self {
        ListCompleteWorkflowLibrary200ResponseInner::WorkflowLibraryOperator(value)
    }
}
