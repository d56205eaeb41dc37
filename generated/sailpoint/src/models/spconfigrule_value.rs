//! `SpconfigruleValue`, from `apis/sp-config/schemas/spconfigrule.yaml#/properties/value`.

/// Value to be assigned at the jsonPath location within the object.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`SpconfigruleValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SpconfigruleValue {
    Object(serde_json::Map<String, serde_json::Value>),
    Array(Vec<serde_json::Map<String, serde_json::Value>>),
    String(String),
    Number(f64),
    Bool(bool),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 5] = [
    crate::union::Alternative::AnyObject,
    crate::union::Alternative::Array,
    crate::union::Alternative::String,
    crate::union::Alternative::Number,
    crate::union::Alternative::Boolean,
];

impl<'de> serde::Deserialize<'de> for SpconfigruleValue {
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
                        .map(SpconfigruleValue::Object)
                }
                1 => {
                    <Vec<
                        serde_json::Map<String, serde_json::Value>,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(SpconfigruleValue::Array)
                }
                2 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(SpconfigruleValue::String)
                }
                3 => {
                    <f64 as serde::Deserialize>::deserialize(&value)
                        .map(SpconfigruleValue::Number)
                }
                4 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(SpconfigruleValue::Bool)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(SpconfigruleValue::Other(value))
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for SpconfigruleValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        SpconfigruleValue::Object(value)
    }
}

impl From<Vec<serde_json::Map<String, serde_json::Value>>> for SpconfigruleValue {
    fn from(value: Vec<serde_json::Map<String, serde_json::Value>>) -> Self {
        SpconfigruleValue::Array(value)
    }
}

impl From<String> for SpconfigruleValue {
    fn from(value: String) -> Self {
        SpconfigruleValue::String(value)
    }
}

impl From<f64> for SpconfigruleValue {
    fn from(value: f64) -> Self {
        SpconfigruleValue::Number(value)
    }
}

impl From<bool> for SpconfigruleValue {
    fn from(value: bool) -> Self {
        SpconfigruleValue::Bool(value)
    }
}
