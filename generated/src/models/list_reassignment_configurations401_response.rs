//! `ListReassignmentConfigurations401Response`, from `beta/paths/reassignment-configurations.yaml#/get`.
/// `ListReassignmentConfigurations401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListReassignmentConfigurations401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl ListReassignmentConfigurations401Response {
    /// A `ListReassignmentConfigurations401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListReassignmentConfigurations401Response {
            error: None,
        }
    }
}
