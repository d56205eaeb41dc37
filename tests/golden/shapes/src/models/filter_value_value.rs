//! `FilterValueValue`, from `openapi.yaml#/components/schemas/FilterValue/properties/value`.

use crate::models::FilterValueValueVariant5Inner;

/// The value to compare; string, boolean, integer, object or array.
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`FilterValueValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum FilterValueValue {
    String(String),
    Bool(bool),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
    Array(Vec<FilterValueValueVariant5Inner>),
    /// A value none of the alternatives fits, as it came.
    Other(serde_json::Value),
}

/// What each alternative takes, in the variants' order.
const ALTERNATIVES: [crate::union::Alternative; 5] = [
    crate::union::Alternative::String,
    crate::union::Alternative::Boolean,
    crate::union::Alternative::Integer,
    crate::union::Alternative::AnyObject,
    crate::union::Alternative::Array,
];

impl<'de> serde::Deserialize<'de> for FilterValueValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(FilterValueValue::String)
                }
                1 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(FilterValueValue::Bool)
                }
                2 => {
                    <i64 as serde::Deserialize>::deserialize(&value)
                        .map(FilterValueValue::Integer)
                }
                3 => {
                    <serde_json::Map<
                        String,
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(FilterValueValue::Object)
                }
                4 => {
                    <Vec<
                        FilterValueValueVariant5Inner,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(FilterValueValue::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(FilterValueValue::Other(value))
    }
}

impl From<String> for FilterValueValue {
    fn from(value: String) -> Self {
        FilterValueValue::String(value)
    }
}

impl From<bool> for FilterValueValue {
    fn from(value: bool) -> Self {
        FilterValueValue::Bool(value)
    }
}

impl From<i64> for FilterValueValue {
    fn from(value: i64) -> Self {
        FilterValueValue::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for FilterValueValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        FilterValueValue::Object(value)
    }
}

impl From<Vec<FilterValueValueVariant5Inner>> for FilterValueValue {
    fn from(value: Vec<FilterValueValueVariant5Inner>) -> Self {
        FilterValueValue::Array(value)
    }
}
