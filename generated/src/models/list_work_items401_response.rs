//! `ListWorkItems401Response`, from `beta/paths/work-items.yaml#/get`.
/// `ListWorkItems401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkItems401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListWorkItems401Response {
    /// A `ListWorkItems401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListWorkItems401Response {
            error: None,
        }
    }
}
