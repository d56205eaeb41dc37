//! `TriggerExampleOutput`, from `apis/triggers/schemas/trigger.yaml#/properties/exampleOutput`.

use crate::models::{Accessrequestdynamicapprover2, Accessrequestpreapproval2};

/// An example of the JSON payload that will be sent by the subscribed service to the trigger in response to an event.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`TriggerExampleOutput::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TriggerExampleOutput {
    Accessrequestdynamicapprover2(Accessrequestdynamicapprover2),
    Accessrequestpreapproval2(Accessrequestpreapproval2),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new("id", true, crate::union::ANY, &[]),
            crate::union::Member::new("name", true, crate::union::ANY, &[]),
            crate::union::Member::new(
                "type",
                true,
                crate::union::STRING,
                &["IDENTITY", "GOVERNANCE_GROUP"],
            ),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
    crate::union::Alternative::Object(crate::union::Object {
        members: &[
            crate::union::Member::new(
                "approved",
                true,
                crate::union::BOOLEAN | crate::union::STRING,
                &[],
            ),
            crate::union::Member::new("comment", true, crate::union::ANY, &[]),
            crate::union::Member::new("approver", true, crate::union::ANY, &[]),
        ],
        open: false,
        closed: false,
        tag: None,
    }),
];

impl<'de> serde::Deserialize<'de> for TriggerExampleOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <Accessrequestdynamicapprover2 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleOutput::Accessrequestdynamicapprover2)
                }
                1 => {
                    <Accessrequestpreapproval2 as serde::Deserialize>::deserialize(
                            &value,
                        )
                        .map(TriggerExampleOutput::Accessrequestpreapproval2)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(TriggerExampleOutput::Other(value))
    }
}

impl From<Accessrequestdynamicapprover2> for TriggerExampleOutput {
    fn from(value: Accessrequestdynamicapprover2) -> Self {
        TriggerExampleOutput::Accessrequestdynamicapprover2(value)
    }
}

impl From<Accessrequestpreapproval2> for TriggerExampleOutput {
    fn from(value: Accessrequestpreapproval2) -> Self {
        TriggerExampleOutput::Accessrequestpreapproval2(value)
    }
}
