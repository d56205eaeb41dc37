//! `V3JsonPatchOperationValue`, from `v3/schemas/JsonPatchOperation.yaml#/properties/value`.

use crate::models::V3JsonPatchOperationValueArrayInner;

/// The value to be used for the operation, required for "add" and "replace" operations
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum V3JsonPatchOperationValue {
    String(String),
    Bool(bool),
    Integer(i64),
    Array(Vec<V3JsonPatchOperationValueArrayInner>),
    Object(serde_json::Map<String, serde_json::Value>),
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

impl From<Vec<V3JsonPatchOperationValueArrayInner>> for V3JsonPatchOperationValue {
    fn from(value: Vec<V3JsonPatchOperationValueArrayInner>) -> Self {
        V3JsonPatchOperationValue::Array(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for V3JsonPatchOperationValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        V3JsonPatchOperationValue::Object(value)
    }
}
