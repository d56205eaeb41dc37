//! `GetIdentityCertificationTaskStatus429Response`, from `beta/paths/identity-certifications-task-status.yaml#/get`.

/// `GetIdentityCertificationTaskStatus429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetIdentityCertificationTaskStatus429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl GetIdentityCertificationTaskStatus429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetIdentityCertificationTaskStatus429Response {
            message: None,
        }
    }
}
