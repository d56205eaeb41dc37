//! `TaskStatusMessageParametersInner`, from `beta/schemas/TaskStatusMessage.yaml#/properties/parameters/items`.

/// `TaskStatusMessageParametersInner` as the spec defines it.
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TaskStatusMessageParametersInner {
    String(String),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl From<String> for TaskStatusMessageParametersInner {
    fn from(value: String) -> Self {
        TaskStatusMessageParametersInner::String(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>>
for TaskStatusMessageParametersInner {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        TaskStatusMessageParametersInner::Object(value)
    }
}
