//! `SubscriptionPatchRequestInnerValueVariant4Inner`, from `beta/schemas/SubscriptionPatchRequest.yaml#/items/properties/value/anyOf/3/items`.

/// `SubscriptionPatchRequestInnerValueVariant4Inner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SubscriptionPatchRequestInnerValueVariant4Inner {
    String(String),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for SubscriptionPatchRequestInnerValueVariant4Inner {
    fn from(value: String) -> Self {
        SubscriptionPatchRequestInnerValueVariant4Inner::String(value)
    }
}

impl From<i64> for SubscriptionPatchRequestInnerValueVariant4Inner {
    fn from(value: i64) -> Self {
        SubscriptionPatchRequestInnerValueVariant4Inner::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for SubscriptionPatchRequestInnerValueVariant4Inner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        SubscriptionPatchRequestInnerValueVariant4Inner::Object(value)
    }
}
