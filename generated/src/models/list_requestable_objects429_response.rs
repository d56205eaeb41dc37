//! `ListRequestableObjects429Response`, from `v3/paths/requestable-object-list.yaml#/get`.

/// `ListRequestableObjects429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListRequestableObjects429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListRequestableObjects429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListRequestableObjects429Response {
            message: None,
        }
    }
}
