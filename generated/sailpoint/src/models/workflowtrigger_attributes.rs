//! `WorkflowtriggerAttributes`, from `apis/workflows/schemas/workflowtrigger.yaml#/properties/attributes`.

use crate::models::{Eventattributes, Externalattributes, Scheduledattributes};

/// Workflow Trigger Attributes.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`WorkflowtriggerAttributes::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowtriggerAttributes {
    Eventattributes(Eventattributes),
    Externalattributes(Externalattributes),
    Scheduledattributes(Scheduledattributes),
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

impl<'de> serde::Deserialize<'de> for WorkflowtriggerAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Eventattributes as serde::Deserialize>::deserialize(&value)
                        .map(WorkflowtriggerAttributes::Eventattributes)
                }
                1 => {
                    <Externalattributes as serde::Deserialize>::deserialize(&value)
                        .map(WorkflowtriggerAttributes::Externalattributes)
                }
                2 => {
                    <Scheduledattributes as serde::Deserialize>::deserialize(&value)
                        .map(WorkflowtriggerAttributes::Scheduledattributes)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(WorkflowtriggerAttributes::Other(value))
    }
}

impl From<Eventattributes> for WorkflowtriggerAttributes {
    fn from(value: Eventattributes) -> Self {
        WorkflowtriggerAttributes::Eventattributes(value)
    }
}

impl From<Externalattributes> for WorkflowtriggerAttributes {
    fn from(value: Externalattributes) -> Self {
        WorkflowtriggerAttributes::Externalattributes(value)
    }
}

impl From<Scheduledattributes> for WorkflowtriggerAttributes {
    fn from(value: Scheduledattributes) -> Self {
        WorkflowtriggerAttributes::Scheduledattributes(value)
    }
}
