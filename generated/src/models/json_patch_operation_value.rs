//! `JsonPatchOperationValue`, from `beta/schemas/JsonPatchOperation.yaml#/properties/value`.

use crate::models::JsonPatchOperationValueArrayInner;

/// The value to be used for the operation, required for "add" and "replace" operations
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum JsonPatchOperationValue {
    String(String),
    Bool(bool),
    Integer(i64),
    Array(Vec<JsonPatchOperationValueArrayInner>),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for JsonPatchOperationValue {
    fn from(value: String) -> Self {
        JsonPatchOperationValue::String(value)
    }
}

impl From<bool> for JsonPatchOperationValue {
    fn from(value: bool) -> Self {
        JsonPatchOperationValue::Bool(value)
    }
}

impl From<i64> for JsonPatchOperationValue {
    fn from(value: i64) -> Self {
        JsonPatchOperationValue::Integer(value)
    }
}

impl From<Vec<JsonPatchOperationValueArrayInner>> for JsonPatchOperationValue {
    fn from(value: Vec<JsonPatchOperationValueArrayInner>) -> Self {
        JsonPatchOperationValue::Array(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for JsonPatchOperationValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        JsonPatchOperationValue::Object(value)
    }
}
