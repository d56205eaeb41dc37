//! `SetTagToObject401Response`, from `beta/paths/tagged-objects.yaml#/post`.

/// `SetTagToObject401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SetTagToObject401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl SetTagToObject401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SetTagToObject401Response {
            error: None,
        }
    }
}
