//! `SubscriptionPatchRequestInnerValue`, from `beta/schemas/SubscriptionPatchRequest.yaml#/items/properties/value`.

use crate::models::SubscriptionPatchRequestInnerValueVariant4Inner;

/// The value to be used for the operation, required for "add" and "replace" operations
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionPatchRequestInnerValue {
    String(String),
    Integer(i64),
    Array(Vec<SubscriptionPatchRequestInnerValueVariant4Inner>),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for SubscriptionPatchRequestInnerValue {
    fn from(value: String) -> Self {
        SubscriptionPatchRequestInnerValue::String(value)
    }
}

impl From<i64> for SubscriptionPatchRequestInnerValue {
    fn from(value: i64) -> Self {
        SubscriptionPatchRequestInnerValue::Integer(value)
    }
}

impl From<Vec<SubscriptionPatchRequestInnerValueVariant4Inner>>
for SubscriptionPatchRequestInnerValue {
    fn from(value: Vec<SubscriptionPatchRequestInnerValueVariant4Inner>) -> Self {
        SubscriptionPatchRequestInnerValue::Array(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for SubscriptionPatchRequestInnerValue {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        SubscriptionPatchRequestInnerValue::Object(value)
    }
}
