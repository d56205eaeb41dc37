//! `JsonPatchOperationRoleMiningValue`, from `beta/schemas/JsonPatchOperationRoleMining.yaml#/properties/value`.

use crate::models::JsonPatchOperationRoleMiningValueArrayInner;

/// The value to be used for the operation, required for "replace" operations
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum JsonPatchOperationRoleMiningValue {
    String(String),
    Bool(bool),
    Integer(i64),
    Array(Vec<JsonPatchOperationRoleMiningValueArrayInner>),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for JsonPatchOperationRoleMiningValue {
    fn from(value: String) -> Self {
        JsonPatchOperationRoleMiningValue::String(value)
    }
}

impl From<bool> for JsonPatchOperationRoleMiningValue {
    fn from(value: bool) -> Self {
        JsonPatchOperationRoleMiningValue::Bool(value)
    }
}

impl From<i64> for JsonPatchOperationRoleMiningValue {
    fn from(value: i64) -> Self {
        JsonPatchOperationRoleMiningValue::Integer(value)
    }
}

impl From<Vec<JsonPatchOperationRoleMiningValueArrayInner>>
for JsonPatchOperationRoleMiningValue {
    fn from(value: Vec<JsonPatchOperationRoleMiningValueArrayInner>) -> Self {
        JsonPatchOperationRoleMiningValue::Array(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for JsonPatchOperationRoleMiningValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        JsonPatchOperationRoleMiningValue::Object(value)
    }
}
