//! `DeleteNativeChangeDetectionConfig401Response`, from `beta/paths/native-change-detection-config.yaml#/delete`.

/// `DeleteNativeChangeDetectionConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeleteNativeChangeDetectionConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl DeleteNativeChangeDetectionConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DeleteNativeChangeDetectionConfig401Response {
            error: None,
        }
    }
}
