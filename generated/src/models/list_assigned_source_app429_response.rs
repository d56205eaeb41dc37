//! `ListAssignedSourceApp429Response`, from `beta/paths/ears-source-apps-assigned.yaml#/get`.

/// `ListAssignedSourceApp429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListAssignedSourceApp429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}

impl ListAssignedSourceApp429Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListAssignedSourceApp429Response {
            message: None,
        }
    }
}
