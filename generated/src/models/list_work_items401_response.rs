//! `ListWorkItems401Response`, from `beta/paths/work-items.yaml#/get`.

/// `ListWorkItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListWorkItems401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListWorkItems401Response {
            error: None,
        }
    }
}
