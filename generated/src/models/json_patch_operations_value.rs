//! `JsonPatchOperationsValue`, from `beta/schemas/discovered-applications/JsonPatchOperations.yaml#/properties/value`.

/// The value to be used for the operation, required for "add" and "replace" operations
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum JsonPatchOperationsValue {
    String(String),
    Bool(bool),
    Array(Vec<String>),
}

impl From<String> for JsonPatchOperationsValue {
    fn from(value: String) -> Self {
        JsonPatchOperationsValue::String(value)
    }
}

impl From<bool> for JsonPatchOperationsValue {
    fn from(value: bool) -> Self {
        JsonPatchOperationsValue::Bool(value)
    }
}

impl From<Vec<String>> for JsonPatchOperationsValue {
    fn from(value: Vec<String>) -> Self {
        JsonPatchOperationsValue::Array(value)
    }
}
