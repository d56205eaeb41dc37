//! `AttributerequestValue`, from `apis/search/schemas/attributerequest.yaml#/properties/value`.

/// Value of attribute.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`AttributerequestValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum AttributerequestValue {
    String(String),
    Array(Vec<String>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 2] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de> for AttributerequestValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(AttributerequestValue::String)
                }
                1 => {
                    <Vec<String> as serde::Deserialize>::deserialize(&value)
                        .map(AttributerequestValue::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(AttributerequestValue::Other(value))
    }
}

impl From<String> for AttributerequestValue {
    fn from(value: String) -> Self {
        AttributerequestValue::String(value)
    }
}

impl From<Vec<String>> for AttributerequestValue {
    fn from(value: Vec<String>) -> Self {
        AttributerequestValue::Array(value)
    }
}
