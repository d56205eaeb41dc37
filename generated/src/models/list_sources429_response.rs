//! `ListSources429Response`, from `beta/paths/sources.yaml#/get`.
/// `ListSources429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSources429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl ListSources429Response {
    /// A `ListSources429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ListSources429Response {
            message: None,
        }
    }
}
