//! `UpdateMultiHostSourcesRequestInnerValueArrayInner`, from `beta/paths/multi-host-integrations.yaml#/patch/requestBody/content/application~1json-patch+json/schema/items/properties/value/oneOf/4/items`.

/// `UpdateMultiHostSourcesRequestInnerValueArrayInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum UpdateMultiHostSourcesRequestInnerValueArrayInner {
    String(String),
    Integer(i64),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for UpdateMultiHostSourcesRequestInnerValueArrayInner {
    fn from(value: String) -> Self {
        UpdateMultiHostSourcesRequestInnerValueArrayInner::String(value)
    }
}

impl From<i64> for UpdateMultiHostSourcesRequestInnerValueArrayInner {
    fn from(value: i64) -> Self {
        UpdateMultiHostSourcesRequestInnerValueArrayInner::Integer(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for UpdateMultiHostSourcesRequestInnerValueArrayInner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        UpdateMultiHostSourcesRequestInnerValueArrayInner::Object(value)
    }
}
