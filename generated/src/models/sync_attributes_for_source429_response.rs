//! `SyncAttributesForSource429Response`, from `beta/paths/source-synchronize-attributes.yaml#/post`.

/// `SyncAttributesForSource429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SyncAttributesForSource429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl SyncAttributesForSource429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SyncAttributesForSource429Response {
            message: None,
        }
    }
}
