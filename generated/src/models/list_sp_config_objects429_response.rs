//! `ListSpConfigObjects429Response`, from `beta/paths/sp-config-objects.yaml#/get`.

/// `ListSpConfigObjects429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSpConfigObjects429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListSpConfigObjects429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListSpConfigObjects429Response {
            message: None,
        }
    }
}
