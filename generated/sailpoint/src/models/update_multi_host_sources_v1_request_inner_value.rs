//! `UpdateMultiHostSourcesV1RequestInnerValue`, from `apis/multi-host-integration/paths/multihosts-v1-by-multihostid.yaml#/patch/requestBody/content/application~1json-patch+json/schema/items/properties/value`.

use crate::models::UpdateMultiHostSourcesV1RequestInnerValueArrayInner;

/// The value to be used for the operation, required for "add" and "replace" operations
///
/// A value is read as the alternative the evidence points to, not the first that decodes: an
/// object as a struct alternative whose required members it has, each with a kind of value the
/// member reads, then the one that fits best
/// (declares all its members and lists its enum values; declares the most of them; lacks the
/// fewest; comes first in the spec). A scalar or list goes to an alternative of its kind.
///
/// A value no alternative fits is kept whole in [`UpdateMultiHostSourcesV1RequestInnerValue::Other`], and sent back as it came.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateMultiHostSourcesV1RequestInnerValue {
    String(String),
    Bool(bool),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
    Array(Vec<UpdateMultiHostSourcesV1RequestInnerValueArrayInner>),
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

impl<'de> serde::Deserialize<'de> for UpdateMultiHostSourcesV1RequestInnerValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        for index in crate::union::ranked(&value, &ALTERNATIVES) {
            let decoded = match index {
                0 => {
                    <String as serde::Deserialize>::deserialize(&value)
                        .map(UpdateMultiHostSourcesV1RequestInnerValue::String)
                }
                1 => {
                    <bool as serde::Deserialize>::deserialize(&value)
                        .map(UpdateMultiHostSourcesV1RequestInnerValue::Bool)
                }
                2 => {
                    <i64 as serde::Deserialize>::deserialize(&value)
                        .map(UpdateMultiHostSourcesV1RequestInnerValue::Integer)
                }
                3 => {
                    <serde_json::Map<
                        String,
                        serde_json::Value,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(UpdateMultiHostSourcesV1RequestInnerValue::Object)
                }
                4 => {
                    <Vec<
                        UpdateMultiHostSourcesV1RequestInnerValueArrayInner,
                    > as serde::Deserialize>::deserialize(&value)
                        .map(UpdateMultiHostSourcesV1RequestInnerValue::Array)
                }
                _ => continue,
            };
            if let Ok(decoded) = decoded {
                return Ok(decoded);
            }
        }
        Ok(UpdateMultiHostSourcesV1RequestInnerValue::Other(value))
    }
}

impl From<String> for UpdateMultiHostSourcesV1RequestInnerValue {
    fn from(value: String) -> Self {
        UpdateMultiHostSourcesV1RequestInnerValue::String(value)
    }
}

impl From<bool> for UpdateMultiHostSourcesV1RequestInnerValue {
    fn from(value: bool) -> Self {
        UpdateMultiHostSourcesV1RequestInnerValue::Bool(value)
    }
}

impl From<i64> for UpdateMultiHostSourcesV1RequestInnerValue {
    fn from(value: i64) -> Self {
        UpdateMultiHostSourcesV1RequestInnerValue::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for UpdateMultiHostSourcesV1RequestInnerValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        UpdateMultiHostSourcesV1RequestInnerValue::Object(value)
    }
}

impl From<Vec<UpdateMultiHostSourcesV1RequestInnerValueArrayInner>>
for UpdateMultiHostSourcesV1RequestInnerValue {
    fn from(value: Vec<UpdateMultiHostSourcesV1RequestInnerValueArrayInner>) -> Self {
        UpdateMultiHostSourcesV1RequestInnerValue::Array(value)
    }
}
