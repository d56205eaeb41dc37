//! `GetManagedClientStatus429Response`, from `beta/paths/managed-client-status.yaml#/get`.

/// `GetManagedClientStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetManagedClientStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetManagedClientStatus429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetManagedClientStatus429Response {
            message: None,
        }
    }
}
