//! `V3JsonPatchOperationValueArrayInner`, from `v3/schemas/JsonPatchOperation.yaml#/properties/value/oneOf/4/items`.

/// `V3JsonPatchOperationValueArrayInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum V3JsonPatchOperationValueArrayInner {
    String(String),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for V3JsonPatchOperationValueArrayInner {
    fn from(value: String) -> Self {
        V3JsonPatchOperationValueArrayInner::String(value)
    }
}

impl From<i64> for V3JsonPatchOperationValueArrayInner {
    fn from(value: i64) -> Self {
        V3JsonPatchOperationValueArrayInner::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for V3JsonPatchOperationValueArrayInner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        V3JsonPatchOperationValueArrayInner::Object(value)
    }
}
