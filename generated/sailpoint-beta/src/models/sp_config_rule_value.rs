//! `SpConfigRuleValue`, from `beta/schemas/SpConfigRule.yaml#/properties/value`.

/// Value to be assigned at the jsonPath location within the object.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`SpConfigRuleValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SpConfigRuleValue {
    Object(serde_json::Map<String, serde_json::Value>),
    Array(Vec<serde_json::Value>),
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

impl<'de> serde::Deserialize<'de> for SpConfigRuleValue {
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
                        .map(SpConfigRuleValue::Object)
                }
                1 => {
                    <Vec<serde_json::Value> as serde::Deserialize>::deserialize(&value)
                        .map(SpConfigRuleValue::Array)
                }
                2 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(SpConfigRuleValue::String)
                }
                3 => {
                    <f64 as serde::Deserialize>::deserialize(&value)
                        .map(SpConfigRuleValue::Number)
                }
                4 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(SpConfigRuleValue::Bool)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(SpConfigRuleValue::Other(value))
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for SpConfigRuleValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        SpConfigRuleValue::Object(value)
    }
}

impl From<Vec<serde_json::Value>> for SpConfigRuleValue {
    fn from(value: Vec<serde_json::Value>) -> Self {
        SpConfigRuleValue::Array(value)
    }
}

impl From<String> for SpConfigRuleValue {
    fn from(value: String) -> Self {
        SpConfigRuleValue::String(value)
    }
}

impl From<f64> for SpConfigRuleValue {
    fn from(value: f64) -> Self {
        SpConfigRuleValue::Number(value)
    }
}

impl From<bool> for SpConfigRuleValue {
    fn from(value: bool) -> Self {
        SpConfigRuleValue::Bool(value)
    }
}
