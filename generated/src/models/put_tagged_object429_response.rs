//! `PutTaggedObject429Response`, from `beta/paths/tagged-object.yaml#/put`.

/// `PutTaggedObject429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PutTaggedObject429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl PutTaggedObject429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PutTaggedObject429Response {
            message: None,
        }
    }
}
