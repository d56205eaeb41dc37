//! `CreateSourceApp429Response`, from `beta/paths/ears-source-apps.yaml#/post`.

/// `CreateSourceApp429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSourceApp429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateSourceApp429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateSourceApp429Response {
            message: None,
        }
    }
}
