//! `FilterValueValue`, from `openapi.yaml#/components/schemas/FilterValue/properties/value`.

use crate::models::FilterValueValueVariant5Inner;

/// The value to compare; string, boolean, integer, object or array.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum FilterValueValue {
    String(String),
    Bool(bool),
    Integer(i64),
    Array(Vec<FilterValueValueVariant5Inner>),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for FilterValueValue {
    fn from(value: String) -> Self {
        FilterValueValue::String(value)
    }
}

impl From<bool> for FilterValueValue {
    fn from(value: bool) -> Self {
        FilterValueValue::Bool(value)
    }
}

impl From<i64> for FilterValueValue {
    fn from(value: i64) -> Self {
        FilterValueValue::Integer(value)
    }
}

impl From<Vec<FilterValueValueVariant5Inner>> for FilterValueValue {
    fn from(value: Vec<FilterValueValueVariant5Inner>) -> Self {
        FilterValueValue::Array(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for FilterValueValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        FilterValueValue::Object(value)
    }
}
