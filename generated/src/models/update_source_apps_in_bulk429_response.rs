//! `UpdateSourceAppsInBulk429Response`, from `beta/paths/ears-source-app-bulk-update.yaml#/post`.

/// `UpdateSourceAppsInBulk429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateSourceAppsInBulk429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl UpdateSourceAppsInBulk429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        UpdateSourceAppsInBulk429Response {
            message: None,
        }
    }
}
