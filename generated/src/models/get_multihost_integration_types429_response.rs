//! `GetMultihostIntegrationTypes429Response`, from `beta/paths/multi-host-integration-types.yaml#/get`.
/// `GetMultihostIntegrationTypes429Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMultihostIntegrationTypes429Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<serde_json::Value>,
}
impl GetMultihostIntegrationTypes429Response {
    /// A `GetMultihostIntegrationTypes429Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetMultihostIntegrationTypes429Response {
            message: None,
        }
    }
}
