//! `JsonPatchOperationValueArrayInner`, from `beta/schemas/JsonPatchOperation.yaml#/properties/value/oneOf/4/items`.

/// `JsonPatchOperationValueArrayInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum JsonPatchOperationValueArrayInner {
    String(String),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for JsonPatchOperationValueArrayInner {
    fn from(value: String) -> Self {
        JsonPatchOperationValueArrayInner::String(value)
    }
}

impl From<i64> for JsonPatchOperationValueArrayInner {
    fn from(value: i64) -> Self {
        JsonPatchOperationValueArrayInner::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for JsonPatchOperationValueArrayInner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        JsonPatchOperationValueArrayInner::Object(value)
    }
}
