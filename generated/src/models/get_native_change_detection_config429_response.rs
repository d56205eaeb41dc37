//! `GetNativeChangeDetectionConfig429Response`, from `beta/paths/native-change-detection-config.yaml#/get`.

/// `GetNativeChangeDetectionConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetNativeChangeDetectionConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetNativeChangeDetectionConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetNativeChangeDetectionConfig429Response {
            message: None,
        }
    }
}
