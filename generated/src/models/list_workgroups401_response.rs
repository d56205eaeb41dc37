//! `ListWorkgroups401Response`, from `beta/paths/workgroups/workgroups.yaml#/get`.
/// `ListWorkgroups401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListWorkgroups401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListWorkgroups401Response {
    /// A `ListWorkgroups401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListWorkgroups401Response {
            error: None,
        }
    }
}
