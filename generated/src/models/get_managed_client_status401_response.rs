//! `GetManagedClientStatus401Response`, from `beta/paths/managed-client-status.yaml#/get`.

/// `GetManagedClientStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetManagedClientStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetManagedClientStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetManagedClientStatus401Response {
            error: None,
        }
    }
}
