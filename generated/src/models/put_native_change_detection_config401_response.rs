//! `PutNativeChangeDetectionConfig401Response`, from `beta/paths/native-change-detection-config.yaml#/put`.

/// `PutNativeChangeDetectionConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutNativeChangeDetectionConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutNativeChangeDetectionConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutNativeChangeDetectionConfig401Response {
            error: None,
        }
    }
}
