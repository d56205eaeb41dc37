//! `PutNativeChangeDetectionConfig429Response`, from `beta/paths/native-change-detection-config.yaml#/put`.

/// `PutNativeChangeDetectionConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutNativeChangeDetectionConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutNativeChangeDetectionConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutNativeChangeDetectionConfig429Response {
            message: None,
        }
    }
}
