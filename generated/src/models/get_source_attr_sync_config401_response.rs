//! `GetSourceAttrSyncConfig401Response`, from `beta/paths/attr-sync-config-source.yaml#/get`.

/// `GetSourceAttrSyncConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSourceAttrSyncConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetSourceAttrSyncConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSourceAttrSyncConfig401Response {
            error: None,
        }
    }
}
