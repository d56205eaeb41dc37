//! `GetMultiHostSourceCreationErrors429Response`, from `beta/paths/multi-host-integration-sources-creation-error.yaml#/get`.
/// `GetMultiHostSourceCreationErrors429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMultiHostSourceCreationErrors429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetMultiHostSourceCreationErrors429Response {
    /// A `GetMultiHostSourceCreationErrors429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetMultiHostSourceCreationErrors429Response {
            message: None,
        }
    }
}
