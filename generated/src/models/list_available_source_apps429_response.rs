//! `ListAvailableSourceApps429Response`, from `beta/paths/ears-source-apps.yaml#/get`.

/// `ListAvailableSourceApps429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAvailableSourceApps429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListAvailableSourceApps429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAvailableSourceApps429Response {
            message: None,
        }
    }
}
