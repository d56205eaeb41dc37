//! `GetMultiHostIntegrations401Response`, from `beta/paths/multi-host-integrations.yaml#/get`.
/// `GetMultiHostIntegrations401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMultiHostIntegrations401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetMultiHostIntegrations401Response {
    /// A `GetMultiHostIntegrations401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetMultiHostIntegrations401Response {
            error: None,
        }
    }
}
