//! `GetHistoricalIdentity401Response`, from `beta/paths/historical-identity.yaml#/get`.
/// `GetHistoricalIdentity401Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetHistoricalIdentity401Response {
    /// A message describing the error
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<serde_json::Value>,
}
impl GetHistoricalIdentity401Response {
    /// A `GetHistoricalIdentity401Response` with the given required fields and the others empty.
    pub fn new() -> Self {
        GetHistoricalIdentity401Response {
            error: None,
        }
    }
}
