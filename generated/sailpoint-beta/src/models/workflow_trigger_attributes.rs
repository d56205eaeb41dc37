//! `WorkflowTriggerAttributes`, from `beta/schemas/WorkflowTrigger.yaml#/properties/attributes`.

use crate::models::{EventAttributes, ExternalAttributes, ScheduledAttributes};

/// Workflow Trigger Attributes.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`WorkflowTriggerAttributes::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowTriggerAttributes {
    EventAttributes(EventAttributes),
    ExternalAttributes(ExternalAttributes),
    ScheduledAttributes(ScheduledAttributes),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 3] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("filter.$", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new(
                "attributeToFilter",
                false,
                crate::union::ANY,
                &[],
            ),
            crate::union::Member::new("formDefinitionId", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: true,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("name", false, crate::union::ANY, &[]),
            crate::union::Member::new("description", false, crate::union::ANY, &[]),
            crate::union::Member::new("clientId", false, crate::union::ANY, &[]),
            crate::union::Member::new("url", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: true,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "frequency",
                true,
                crate::union::STRING,
                &["daily", "weekly", "monthly", "yearly", "cronSchedule"],
            ),
            crate::union::Member::new("timeZone", false, crate::union::ANY, &[]),
            crate::union::Member::new("cronString", false, crate::union::ANY, &[]),
            crate::union::Member::new("weeklyDays", false, crate::union::ANY, &[]),
            crate::union::Member::new("weeklyTimes", false, crate::union::ANY, &[]),
            crate::union::Member::new("yearlyTimes", false, crate::union::ANY, &[]),
        ],
        open: false,
        closed: true,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for WorkflowTriggerAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <EventAttributes as serde::Deserialize>::deserialize(&value)
                        .map(WorkflowTriggerAttributes::EventAttributes)
                }
                1 => {
                    <ExternalAttributes as serde::Deserialize>::deserialize(&value)
                        .map(WorkflowTriggerAttributes::ExternalAttributes)
                }
                2 => {
                    <ScheduledAttributes as serde::Deserialize>::deserialize(&value)
                        .map(WorkflowTriggerAttributes::ScheduledAttributes)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(WorkflowTriggerAttributes::Other(value))
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

impl From<ScheduledAttributes> for WorkflowTriggerAttributes {
    fn from(value: ScheduledAttributes) -> Self {
        WorkflowTriggerAttributes::ScheduledAttributes(value)
    }
}
