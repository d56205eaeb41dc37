//! `Move401Response`, from `beta/paths/campaign-admin-cert-reassign.yaml#/post`.

/// `Move401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Move401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl Move401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Move401Response { error: None }
    }
}
