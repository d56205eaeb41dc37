//! `TriggerExampleOutput`, from `beta/schemas/Trigger.yaml#/properties/exampleOutput`.

use crate::models::{
    ExampleOutputAccessRequestDynamicApprover, ExampleOutputAccessRequestPreApproval,
};

/// An example of the JSON payload that will be sent by the subscribed service to the trigger in response to an event.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TriggerExampleOutput {
    ExampleOutputAccessRequestDynamicApprover(ExampleOutputAccessRequestDynamicApprover),
    ExampleOutputAccessRequestPreApproval(ExampleOutputAccessRequestPreApproval),
}

impl From<ExampleOutputAccessRequestDynamicApprover> for TriggerExampleOutput {
    fn from(value: ExampleOutputAccessRequestDynamicApprover) -> Self {
        TriggerExampleOutput::ExampleOutputAccessRequestDynamicApprover(value)
    }
}

impl From<ExampleOutputAccessRequestPreApproval> for TriggerExampleOutput {
    fn from(value: ExampleOutputAccessRequestPreApproval) -> Self {
        TriggerExampleOutput::ExampleOutputAccessRequestPreApproval(value)
    }
}
