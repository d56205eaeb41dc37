//! `GetNativeChangeDetectionConfig401Response`, from `beta/paths/native-change-detection-config.yaml#/get`.

/// `GetNativeChangeDetectionConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNativeChangeDetectionConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetNativeChangeDetectionConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNativeChangeDetectionConfig401Response {
            error: None,
        }
    }
}
