//! `ImportSpConfig429Response`, from `beta/paths/sp-config-import.yaml#/post`.
/// `ImportSpConfig429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportSpConfig429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl ImportSpConfig429Response {
    /// A `ImportSpConfig429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        ImportSpConfig429Response {
            message: None,
        }
    }
}
