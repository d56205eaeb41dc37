//! `WorkflowTriggerAttributes`, from `beta/schemas/WorkflowTrigger.yaml`.

use crate::models::{EventAttributes, ExternalAttributes, ScheduledAttributes};

/// Workflow Trigger Attributes.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowTriggerAttributes {
    EventAttributes(EventAttributes),
    ExternalAttributes(ExternalAttributes),
    ScheduledAttributes(ScheduledAttributes),
}

impl From<EventAttributes> for WorkflowTriggerAttributes {
    fn from(value: EventAttributes) -> Self {
        WorkflowTriggerAttributes::EventAttributes(value)
    }
}

impl From<ExternalAttributes> for WorkflowTriggerAttributes {
    fn from(value: ExternalAttributes) -> Self {
        WorkflowTriggerAttributes::ExternalAttributes(value)
    }
}

impl From<ScheduledAttributes> for WorkflowTriggerAttributes {
    fn from(value: ScheduledAttributes) -> Self {
        WorkflowTriggerAttributes::ScheduledAttributes(value)
    }
}
