//! `WorkflowlibraryactionExampleOutput`, from `apis/workflows/schemas/workflowlibraryaction.yaml#/properties/exampleOutput`.

/// `WorkflowlibraryactionExampleOutput` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`WorkflowlibraryactionExampleOutput::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum WorkflowlibraryactionExampleOutput {
    Object(serde_json::Map<String, serde_json::Value>),
    Array(Vec<serde_json::Map<String, serde_json::Value>>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::AnyObject,
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de> for WorkflowlibraryactionExampleOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <serde_json::Map<
                        String,
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(WorkflowlibraryactionExampleOutput::Object)
                }
                1 => {
                    <Vec<
                        serde_json::Map<String, serde_json::Value>,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(WorkflowlibraryactionExampleOutput::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(WorkflowlibraryactionExampleOutput::Other(value))
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for WorkflowlibraryactionExampleOutput {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        WorkflowlibraryactionExampleOutput::Object(value)
    }
}

impl From<Vec<serde_json::Map<String, serde_json::Value>>>
for WorkflowlibraryactionExampleOutput {
    fn from(value: Vec<serde_json::Map<String, serde_json::Value>>) -> Self {
        WorkflowlibraryactionExampleOutput::Array(value)
    }
}
