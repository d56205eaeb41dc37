//! `V3JsonPatchOperationValue`, from `v3/schemas/JsonPatchOperation.yaml#/properties/value`.

use crate::models::V3JsonPatchOperationValueArrayInner;

/// The value to be used for the operation, required for "add" and "replace" operations
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`V3JsonPatchOperationValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum V3JsonPatchOperationValue {
    String(String),
    Bool(bool),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
    Array(Vec<V3JsonPatchOperationValueArrayInner>),
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

impl<'de> serde::Deserialize<'de> for V3JsonPatchOperationValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(V3JsonPatchOperationValue::String)
                }
                1 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(V3JsonPatchOperationValue::Bool)
                }
                2 => {
                    <i64 as serde::Deserialize>::deserialize(&value)
                        .map(V3JsonPatchOperationValue::Integer)
                }
                3 => {
                    <serde_json::Map<
                        String,
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(V3JsonPatchOperationValue::Object)
                }
                4 => {
                    <Vec<
                        V3JsonPatchOperationValueArrayInner,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(V3JsonPatchOperationValue::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(V3JsonPatchOperationValue::Other(value))
    }
}

impl From<String> for V3JsonPatchOperationValue {
    fn from(value: String) -> Self {
        V3JsonPatchOperationValue::String(value)
    }
}

impl From<bool> for V3JsonPatchOperationValue {
    fn from(value: bool) -> Self {
        V3JsonPatchOperationValue::Bool(value)
    }
}

impl From<i64> for V3JsonPatchOperationValue {
    fn from(value: i64) -> Self {
        V3JsonPatchOperationValue::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for V3JsonPatchOperationValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        V3JsonPatchOperationValue::Object(value)
    }
}

impl From<Vec<V3JsonPatchOperationValueArrayInner>> for V3JsonPatchOperationValue {
    fn from(value: Vec<V3JsonPatchOperationValueArrayInner>) -> Self {
        V3JsonPatchOperationValue::Array(value)
    }
}
