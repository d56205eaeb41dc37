//! `ListSeds429Response`, from `beta/paths/suggested-entitlement-descriptions.yaml#/get`.

/// `ListSeds429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSeds429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListSeds429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListSeds429Response {
            message: None,
        }
    }
}
