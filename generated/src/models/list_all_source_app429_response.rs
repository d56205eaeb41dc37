//! `ListAllSourceApp429Response`, from `beta/paths/ears-source-apps-all.yaml#/get`.

/// `ListAllSourceApp429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAllSourceApp429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListAllSourceApp429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAllSourceApp429Response {
            message: None,
        }
    }
}
