//! `GetSourceAttrSyncConfig429Response`, from `beta/paths/attr-sync-config-source.yaml#/get`.

/// `GetSourceAttrSyncConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSourceAttrSyncConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSourceAttrSyncConfig429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSourceAttrSyncConfig429Response {
            message: None,
        }
    }
}
