//! `CreateCommonAccess429Response`, from `beta/paths/common-access.yaml#/post`.

/// `CreateCommonAccess429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCommonAccess429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl CreateCommonAccess429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CreateCommonAccess429Response {
            message: None,
        }
    }
}
