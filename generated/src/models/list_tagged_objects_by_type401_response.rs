//! `ListTaggedObjectsByType401Response`, from `beta/paths/tagged-objects-type.yaml#/get`.

/// `ListTaggedObjectsByType401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListTaggedObjectsByType401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}

impl ListTaggedObjectsByType401Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ListTaggedObjectsByType401Response {
            error: None,
        }
    }
}
