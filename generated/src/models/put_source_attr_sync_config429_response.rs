//! `PutSourceAttrSyncConfig429Response`, from `beta/paths/attr-sync-config-source.yaml#/put`.

/// `PutSourceAttrSyncConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutSourceAttrSyncConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutSourceAttrSyncConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutSourceAttrSyncConfig429Response {
            message: None,
        }
    }
}
