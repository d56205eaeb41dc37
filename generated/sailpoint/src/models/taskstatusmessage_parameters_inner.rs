//! `TaskstatusmessageParametersInner`, from `apis/shared/schemas/taskstatusmessage.yaml#/properties/parameters/items`.

/// `TaskstatusmessageParametersInner` as the spec defines it.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`TaskstatusmessageParametersInner::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TaskstatusmessageParametersInner {
    Object(serde_json::Map<String, serde_json::Value>),
    String(String),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::AnyObject,
    crate::union::Alternative::String,
];

impl<'de> serde::Deserialize<'de> for TaskstatusmessageParametersInner {
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
                        .map(TaskstatusmessageParametersInner::Object)
                }
                1 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(TaskstatusmessageParametersInner::String)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(TaskstatusmessageParametersInner::Other(value))
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for TaskstatusmessageParametersInner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        TaskstatusmessageParametersInner::Object(value)
    }
}

impl From<String> for TaskstatusmessageParametersInner {
    fn from(value: String) -> Self {
        TaskstatusmessageParametersInner::String(value)
    }
}
