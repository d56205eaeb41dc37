//! `UpdateMultiHostSourcesRequestInnerValue`, from `beta/paths/multi-host-integrations.yaml#/patch/requestBody/content/application~1json-patch+json/schema/items/properties/value`.

use crate::models::UpdateMultiHostSourcesRequestInnerValueArrayInner;

/// The value to be used for the operation, required for "add" and "replace" operations
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateMultiHostSourcesRequestInnerValue {
    String(String),
    Bool(bool),
    Integer(i64),
    Array(Vec<UpdateMultiHostSourcesRequestInnerValueArrayInner>),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for UpdateMultiHostSourcesRequestInnerValue {
    fn from(value: String) -> Self {
        UpdateMultiHostSourcesRequestInnerValue::String(value)
    }
}

impl From<bool> for UpdateMultiHostSourcesRequestInnerValue {
    fn from(value: bool) -> Self {
        UpdateMultiHostSourcesRequestInnerValue::Bool(value)
    }
}

impl From<i64> for UpdateMultiHostSourcesRequestInnerValue {
    fn from(value: i64) -> Self {
        UpdateMultiHostSourcesRequestInnerValue::Integer(value)
    }
}

impl From<Vec<UpdateMultiHostSourcesRequestInnerValueArrayInner>>
for UpdateMultiHostSourcesRequestInnerValue {
    fn from(value: Vec<UpdateMultiHostSourcesRequestInnerValueArrayInner>) -> Self {
        UpdateMultiHostSourcesRequestInnerValue::Array(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for UpdateMultiHostSourcesRequestInnerValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        UpdateMultiHostSourcesRequestInnerValue::Object(value)
    }
}
