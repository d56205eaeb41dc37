//! `WorkflowTriggerAttributes`, from `beta/schemas/WorkflowTrigger.yaml#/properties/attributes`.

use crate::models::{EventAttributes, ExternalAttributes, ScheduledAttributes};

/// Workflow Trigger Attributes.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowTriggerAttributes {
    ScheduledAttributes(ScheduledAttributes),
    EventAttributes(EventAttributes),
    ExternalAttributes(ExternalAttributes),
}

impl From<ScheduledAttributes> for WorkflowTriggerAttributes {
    fn from(value: ScheduledAttributes) -> Self {
        WorkflowTriggerAttributes::ScheduledAttributes(value)
    }
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
