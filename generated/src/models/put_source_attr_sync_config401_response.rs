//! `PutSourceAttrSyncConfig401Response`, from `beta/paths/attr-sync-config-source.yaml#/put`.

/// `PutSourceAttrSyncConfig401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutSourceAttrSyncConfig401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl PutSourceAttrSyncConfig401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutSourceAttrSyncConfig401Response {
            error: None,
        }
    }
}
