//! `GetSourceSchemas429Response`, from `beta/paths/schemas.yaml#/get`.

/// `GetSourceSchemas429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSourceSchemas429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetSourceSchemas429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetSourceSchemas429Response {
            message: None,
        }
    }
}
