//! `JsonPatchOperationRoleMiningValueArrayInner`, from `beta/schemas/JsonPatchOperationRoleMining.yaml#/properties/value/oneOf/4/items`.

/// `JsonPatchOperationRoleMiningValueArrayInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum JsonPatchOperationRoleMiningValueArrayInner {
    String(String),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for JsonPatchOperationRoleMiningValueArrayInner {
    fn from(value: String) -> Self {
        JsonPatchOperationRoleMiningValueArrayInner::String(value)
    }
}

impl From<i64> for JsonPatchOperationRoleMiningValueArrayInner {
    fn from(value: i64) -> Self {
        JsonPatchOperationRoleMiningValueArrayInner::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for JsonPatchOperationRoleMiningValueArrayInner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        JsonPatchOperationRoleMiningValueArrayInner::Object(value)
    }
}
