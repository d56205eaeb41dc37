//! `StartIdentityProcessing429Response`, from `beta/paths/identities-process.yaml#/post`.
/// `StartIdentityProcessing429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartIdentityProcessing429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl StartIdentityProcessing429Response {
    /// A `StartIdentityProcessing429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        StartIdentityProcessing429Response {
            message: None,
        }
    }
}
