//! `GetIdentityCertificationTaskStatus401Response`, from `beta/paths/identity-certifications-task-status.yaml#/get`.

/// `GetIdentityCertificationTaskStatus401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetIdentityCertificationTaskStatus401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl GetIdentityCertificationTaskStatus401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        GetIdentityCertificationTaskStatus401Response {
            error: None,
        }
    }
}
