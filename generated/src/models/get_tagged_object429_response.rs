//! `GetTaggedObject429Response`, from `beta/paths/tagged-object.yaml#/get`.

/// `GetTaggedObject429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTaggedObject429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetTaggedObject429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetTaggedObject429Response {
            message: None,
        }
    }
}
